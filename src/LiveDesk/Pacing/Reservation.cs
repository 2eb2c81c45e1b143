using System;
using System.Threading.Tasks;

namespace LiveDesk.Pacing
{
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
