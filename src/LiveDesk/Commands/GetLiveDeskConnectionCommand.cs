using System.Management.Automation;
using LiveDesk.Models;
using LiveDesk.Session;

namespace LiveDesk.Commands
{
    /// <summary>Gets the current LiveDesk connection of this session.</summary>
    [Cmdlet(VerbsCommon.Get, "LiveDeskConnection")]
    [OutputType(typeof(LiveDeskConnection))]
    public sealed class GetLiveDeskConnectionCommand : PSCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var current = ConnectionStore.Current;
            if (current == null) return;
            current.HandedOut = true;
            WriteObject(current);
        }
    }
}
