using System;
using System.Collections.Generic;

namespace LiveDesk.Import
{
    /// <summary>What an import cmdlet tells <see cref="ImportPipeline{T}"/> about its rows and results.</summary>
    internal sealed class ImportReport<T>
    {
        /// <summary>The progress activity, e.g. "Creating LiveDesk contacts".</summary>
        public string Activity { get; set; } = string.Empty;

        /// <summary>The summary's first words, e.g. "LiveDesk import".</summary>
        public string SummaryTitle { get; set; } = string.Empty;

        /// <summary>The InformationRecord's source, the cmdlet name.</summary>
        public string Source { get; set; } = string.Empty;

        /// <summary>What the rate counts, e.g. "contacts".</summary>
        public string Unit { get; set; } = "items";

        /// <summary>The outcome counters in summary order, e.g. "created", "existing", "updated".</summary>
        public IReadOnlyList<string> Outcomes { get; set; } = new[] { "done" };

        /// <summary>The index in <see cref="Outcomes"/> of a result.</summary>
        public Func<T, int> Classify { get; set; } = _ => 0;

        /// <summary>How many 429 answers the import met, for the summary.</summary>
        public Func<long> Throttled { get; set; } = () => 0;

        /// <summary>A line about pacing for the progress bar, or null when requests are not held back.</summary>
        public Func<string?> Pacing { get; set; } = () => null;
    }
}
