using System.Management.Automation;
using LiveDesk.Session;

namespace LiveDesk.Commands
{
    /// <summary>Closes the current LiveDesk connection of this session.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "LiveDesk")]
    [OutputType(typeof(void))]
    public sealed class DisconnectLiveDeskCommand : PSCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            // The connection is closed, not only forgotten: its HTTP client and the secret in it go now.
            // A script still passing it with -Connection gets LiveDesk.NotConnected, which names the way out.
            if (ConnectionStore.Current != null) WriteVerbose("Disconnected from LiveDesk.");
            ConnectionStore.Replace(null, closeHeld: true);
        }
    }
}
