using System;
using System.Collections.Generic;

namespace LiveDesk.Input
{
    /// <summary>
    /// Warnings said once per import: the first occurrence of a key is reported, later ones only counted. One instance
    /// per command run (the cmdlet holds it from BeginProcessing to EndProcessing); not thread-safe, like ProcessRecord.
    /// </summary>
    internal sealed class WarnOnce
    {
        private readonly Dictionary<string, int> _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _pending = new List<string>();

        /// <summary>Counts <paramref name="key"/>; queues <paramref name="message"/> the first time. True when it was new.</summary>
        public bool Add(string key, string message)
        {
            _counts.TryGetValue(key, out var count);
            _counts[key] = count + 1;
            if (count > 0) return false;
            _pending.Add(message);
            return true;
        }

        /// <summary>How often <paramref name="key"/> occurred.</summary>
        public int Count(string key) => _counts.TryGetValue(key, out var count) ? count : 0;

        /// <summary>The messages queued since the last call, to write now (WriteWarning).</summary>
        public IReadOnlyList<string> TakePending()
        {
            if (_pending.Count == 0) return Array.Empty<string>();
            var taken = _pending.ToArray();
            _pending.Clear();
            return taken;
        }
    }
}
