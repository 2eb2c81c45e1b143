using System;
using LiveDesk.Session;

namespace LiveDesk.Import
{
    /// <summary>
    /// Decides when an import writes progress, so that progress never slows it down: not in the first second, then at
    /// most every 250 ms (4 updates/s), and never again once one WriteProgress call took longer than
    /// <see cref="SlowWrite"/>. A console that does not answer the host's cursor queries (script -qc, docker -t with
    /// output to a file) blocks each call; one slow call is the only one paid, and -Verbose says so once.
    /// Plain C# over delegates, so the clock and the writer can be replaced in tests.
    /// </summary>
    internal sealed class ImportProgress
    {
        /// <summary>No progress before the import has run this long (short imports show none).</summary>
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

        /// <summary>The least time between two updates.</summary>
        public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

        /// <summary>A WriteProgress call this slow stops progress for the rest of the import.</summary>
        public static readonly TimeSpan SlowWrite = TimeSpan.FromMilliseconds(50);

        private readonly Func<TimeSpan> _clock;
        private readonly Action<ProgressUpdate> _write;
        private readonly Action<string> _verbose;
        private readonly Func<bool>? _consoleAnswered;
        private readonly TimeSpan _probeStart;
        private TimeSpan _last;
        private bool _shown;

        /// <summary>
        /// Creates the gate; <paramref name="clock"/> is the time since the import started. <paramref name="consoleAnswered"/>,
        /// when given, tells whether a cursor query sent to the console at construction has been answered (see
        /// <see cref="ConsoleProbe"/>): until it has, nothing is written, and if it has not after <see cref="SlowWrite"/>,
        /// progress is off for the import, before a single blocking write.
        /// </summary>
        public ImportProgress(Func<TimeSpan> clock, Action<ProgressUpdate> write, Action<string> verbose, Func<bool>? consoleAnswered = null)
        {
            _clock = clock;
            _write = write;
            _verbose = verbose;
            _consoleAnswered = consoleAnswered;
            _probeStart = clock();
        }

        /// <summary>The number of rows when known in advance (an array given to -InputObject), else null.</summary>
        public long? Total { get; set; }

        /// <summary>True once a slow write switched progress off.</summary>
        public bool Disabled { get; private set; }

        /// <summary>How many records were written.</summary>
        public int Written { get; private set; }

        /// <summary>
        /// Writes an update when one is due. <paramref name="done"/> and <paramref name="failed"/> count finished rows;
        /// <paramref name="status"/> makes the status line (only called when an update is written).
        /// </summary>
        public void Report(long done, long failed, Func<double, string> status, Func<string?> currentOperation)
        {
            if (Disabled) return;
            var elapsed = _clock();
            if (elapsed < Delay || (_shown && elapsed - _last < Interval)) return;
            if (_consoleAnswered != null && !_consoleAnswered())
            {
                if (elapsed - _probeStart <= SlowWrite) return;
                Disabled = true;
                _verbose($"The console has not answered a cursor query in {(elapsed - _probeStart).TotalMilliseconds:0} ms (a terminal that does not answer them, such as script or docker -t with output to a file): no progress for this import, so that writing it does not slow the import down.");
                return;
            }
            _last = elapsed;
            var finished = done + failed;
            var rate = finished / Math.Max(elapsed.TotalSeconds, 0.001);
            var record = new ProgressUpdate { Status = status(done / Math.Max(elapsed.TotalSeconds, 0.001)) };
            if (currentOperation() is string operation) record.CurrentOperation = operation;
            if (Total is long total && total > 0)
            {
                record.PercentComplete = (int)Math.Min(100, finished * 100 / total);
                if (rate > 0 && finished < total) record.SecondsRemaining = (int)Math.Min(int.MaxValue, Math.Ceiling((total - finished) / rate));
                record.Status += $" ({finished} of {total})";
            }
            Write(record, elapsed);
        }

        /// <summary>Ends the progress bar if one was shown.</summary>
        public void Complete()
        {
            if (!_shown || Disabled) return;
            Write(new ProgressUpdate { Status = "Done", Completed = true }, _clock());
        }

        private void Write(ProgressUpdate record, TimeSpan before)
        {
            _shown = true;
            _write(record);
            Written++;
            var took = _clock() - before;
            if (took <= SlowWrite) return;
            Disabled = true;
            _verbose($"Writing progress took {took.TotalMilliseconds:0} ms (the console may not answer cursor queries): no more progress for this import, so that it does not slow the import down.");
        }
    }
}
