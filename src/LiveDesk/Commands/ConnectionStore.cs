using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using LiveDesk.Models;

namespace LiveDesk.Commands
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
            set
            {
                var runspace = Runspace.DefaultRunspace;
                if (runspace == null) return;
                Table.GetValue(runspace, _ => new Holder()).Connection = value;
            }
        }
    }
}
