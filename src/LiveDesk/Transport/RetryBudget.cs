using System;

namespace LiveDesk.Transport
{
    /// <summary>
    /// How many retries may go out after a short wait: a lone 500 or dropped connection among many good answers is a
    /// blip (one bad instance behind the load balancer), and waiting the full -RetryIntervalSec for it only holds the
    /// row back. Each answer that is not a server error earns a fifth of a quick retry, up to <see cref="Capacity"/>;
    /// each quick retry spends one. So quick retries stay within about one request in five (as AWS SDKs budget retries); when more fail (the
    /// server is in trouble) the budget runs dry and retries wait the full back-off again. One per invocation's
    /// service; safe to use from many tasks.
    /// </summary>
    internal sealed class RetryBudget
    {
        /// <summary>The quick retries saved up at most (and at the start).</summary>
        public const double Capacity = 20;

        /// <summary>What one good answer earns.</summary>
        public const double PerAnswer = 0.2;

        /// <summary>A quick retry waits this share of the back-off that -RetryIntervalSec sets.</summary>
        public const double Share = 0.1;

        private readonly object _gate = new object();
        private double _tokens;

        /// <summary>A budget with <paramref name="initial"/> quick retries saved up (tests start some dry).</summary>
        public RetryBudget(double initial = Capacity) => _tokens = Math.Min(Capacity, Math.Max(0, initial));

        /// <summary>An answer that was not a server error (5xx) nor a lost connection.</summary>
        public void OnGoodAnswer()
        {
            lock (_gate) _tokens = Math.Min(Capacity, _tokens + PerAnswer);
        }

        /// <summary>True when a retry may go after the short wait (and spends it).</summary>
        public bool TryTakeQuick()
        {
            lock (_gate)
            {
                if (_tokens < 1) return false;
                _tokens -= 1;
                return true;
            }
        }
    }
}
