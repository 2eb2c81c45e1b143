using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using LiveDesk.Models;

namespace LiveDesk.Session
{
    /// <summary>
    /// The current connection of each runspace. Keyed by runspace so that ForEach-Object -Parallel,
    /// thread jobs and hosted runspaces each have their own and never see or replace another's.
    /// </summary>
    internal static class ConnectionStore
    {
        private sealed class Holder
        {
            public LiveDeskConnection? Connection;
        }

        private static readonly ConditionalWeakTable<Runspace, Holder> Table = new ConditionalWeakTable<Runspace, Holder>();

        public static LiveDeskConnection? Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && Table.TryGetValue(runspace, out var holder) ? holder.Connection : null;
            }
        }

        /// <summary>
        /// Makes <paramref name="next"/> current (null: none). The connection it replaces is closed when
        /// <paramref name="closeHeld"/> is set (Disconnect-LiveDesk) or when no script can hold it (Connect-LiveDesk).
        /// </summary>
        public static void Replace(LiveDeskConnection? next, bool closeHeld)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null) return;
            var holder = Table.GetValue(runspace, _ => new Holder());
            var previous = holder.Connection;
            holder.Connection = next;
            if (previous != null && !ReferenceEquals(previous, next) && (closeHeld || !previous.HandedOut)) previous.Dispose();
        }
    }
}
