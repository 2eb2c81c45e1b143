namespace LiveDesk.Pacing
{
    /// <summary>A granted send slot: when it was booked and whether it probes an exhausted window.</summary>
    internal readonly struct PaceTicket
    {
        internal PaceTicket(double sentAt, bool probe, int holds)
        {
            SentAt = sentAt;
            Probe = probe;
            Holds = holds;
        }

        /// <summary>How many holds had begun when the slot was booked.</summary>
        internal int Holds { get; }

        /// <summary>The time (seconds on the governor's clock) at which the request may be sent.</summary>
        public double SentAt { get; }

        /// <summary>True when the request tests whether an exhausted window has reopened.</summary>
        public bool Probe { get; }
    }
}
