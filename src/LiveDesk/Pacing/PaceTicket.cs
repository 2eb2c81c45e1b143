using System;
using System.Threading.Tasks;

namespace LiveDesk.Pacing
{
    /// <summary>A granted send slot: when it was booked and whether it probes an exhausted window.</summary>
    internal readonly struct PaceTicket
    {
        internal PaceTicket(long sentAt, bool probe, int holds)
        {
            SentAt = sentAt;
            Probe = probe;
            Holds = holds;
        }

        /// <summary>How many holds had begun when the slot was booked.</summary>
        internal int Holds { get; }

        /// <summary>The clock reading (Stopwatch ticks) at which the request may be sent.</summary>
        public long SentAt { get; }

        /// <summary>True when the request tests whether an exhausted window has reopened.</summary>
        public bool Probe { get; }
    }

    /// <summary>What <see cref="RateGovernor.Reserve"/> decided: go after <see cref="Wait"/>, or ask again then.</summary>
    internal readonly struct Reservation
    {
        internal Reservation(bool granted, TimeSpan wait, PaceTicket ticket, Task? reopened)
        {
            Granted = granted;
            Wait = wait;
            Ticket = ticket;
            Reopened = reopened;
        }

        public bool Granted { get; }
        public TimeSpan Wait { get; }
        public PaceTicket Ticket { get; }

        /// <summary>Completes when the window reopens, so a held request need not sleep out its whole wait.</summary>
        public Task? Reopened { get; }
    }
}
