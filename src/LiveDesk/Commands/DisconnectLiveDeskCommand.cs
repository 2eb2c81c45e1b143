using System.Management.Automation;

namespace LiveDesk.Commands
{
    /// <summary>
    /// <para type="synopsis">Forgets the current LiveDesk connection of this session.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "LiveDesk")]
    [OutputType(typeof(void))]
    public sealed class DisconnectLiveDeskCommand : PSCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            // The connection object stays usable for anyone holding it (-Connection); only "current" is cleared.
            if (ConnectionStore.Current != null) WriteVerbose("Disconnected from LiveDesk.");
            ConnectionStore.Current = null;
        }
    }
}
