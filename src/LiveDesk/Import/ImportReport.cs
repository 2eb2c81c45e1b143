using System;
using System.Collections.Generic;

namespace LiveDesk.Import
{
    /// <summary>
    /// What an import cmdlet tells <see cref="ImportEngine{T}"/> about its results, for progress and the summary: the
    /// progress activity ("Creating LiveDesk contacts"), the summary's first words ("LiveDesk import"), what the rate
    /// counts ("contacts"), and the outcome counters in summary order ("created", "existing", ...).
    /// </summary>
    internal sealed record ImportReport<T>(string Activity, string SummaryTitle, string Unit, IReadOnlyList<string> Outcomes)
    {
        /// <summary>The index in <see cref="Outcomes"/> of a result; with one outcome every result counts there.</summary>
        public Func<T, int> Classify { get; init; } = _ => 0;
    }
}
