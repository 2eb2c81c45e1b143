using System;
using System.Collections.Generic;

namespace LiveDesk.Import
{
    /// <summary>What an import cmdlet tells <see cref="ImportEngine{T}"/> about its results, for progress and the summary.</summary>
    internal sealed class ImportReport<T>
    {
        /// <summary>Names the work and its outcomes; with one outcome every result counts there.</summary>
        public ImportReport(string activity, string summaryTitle, string unit, params string[] outcomes)
        {
            Activity = activity;
            SummaryTitle = summaryTitle;
            Unit = unit;
            Outcomes = outcomes;
        }

        /// <summary>The progress activity, e.g. "Creating LiveDesk contacts".</summary>
        public string Activity { get; }

        /// <summary>The summary's first words, e.g. "LiveDesk import".</summary>
        public string SummaryTitle { get; }

        /// <summary>What the rate counts, e.g. "contacts".</summary>
        public string Unit { get; }

        /// <summary>The outcome counters in summary order, e.g. "created", "existing", "updated".</summary>
        public IReadOnlyList<string> Outcomes { get; }

        /// <summary>The index in <see cref="Outcomes"/> of a result.</summary>
        public Func<T, int> Classify { get; set; } = _ => 0;
    }
}
