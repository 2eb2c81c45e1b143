using System;
using System.Management.Automation;
using System.Threading.Tasks;

namespace LiveDesk.Session
{
    /// <summary>
    /// Asks the console for its cursor position on a worker thread, the way the console host does before it draws a
    /// progress bar. On Unix that is an escape sequence the terminal must answer; a terminal that does not (script -qc,
    /// docker run -t with output to a file) leaves each query waiting for a timeout, and a progress bar makes several.
    /// The worker takes that wait instead of the pipeline thread, and the import learns from it whether to write progress.
    /// </summary>
    internal static class ConsoleProbe
    {
        /// <summary>
        /// Starts the probe when progress would be drawn on this process's console; returns whether it has been answered
        /// (null: no probe needed, progress goes to another host or nowhere).
        /// </summary>
        public static Func<bool>? Start(PSCmdlet cmdlet)
        {
            try
            {
                if (!string.Equals(cmdlet.Host?.Name, "ConsoleHost", StringComparison.Ordinal)) return null;
                if (Console.IsOutputRedirected) return null;
                if (cmdlet.GetVariableValue("ProgressPreference") is ActionPreference preference
                    && (preference == ActionPreference.SilentlyContinue || preference == ActionPreference.Ignore)) return null;
            }
            catch (Exception e) when (e is System.IO.IOException || e is InvalidOperationException || e is PSInvalidOperationException)
            {
                return null;
            }
            var probe = Task.Run(() =>
            {
                try
                {
                    return Console.CursorTop;
                }
                catch (Exception e) when (e is System.IO.IOException || e is InvalidOperationException || e is PlatformNotSupportedException)
                {
                    return -1;
                }
            });
            return () => probe.IsCompleted;
        }
    }
}
