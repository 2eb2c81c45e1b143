using System;
using System.Management.Automation;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>The base of the cmdlets that use a connection: adds -Connection and resolves it.</summary>
    public abstract class LiveDeskConnectedCmdletBase : LiveDeskCmdletBase
    {
        internal LiveDeskConnectedCmdletBase() { }

        /// <summary>The connection to use instead of the current one (from Connect-LiveDesk -PassThru).</summary>
        [Parameter]
        [ValidateNotNull]
        public LiveDeskConnection? Connection { get; set; }

        /// <summary>The connection to use, or a terminating LiveDesk.NotConnected error that says what to do.</summary>
        internal LiveDeskConnection ResolveConnection()
        {
            var connection = Connection ?? ConnectionStore.Current;
            if (connection == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(ErrorIds.NotConnected, LiveDeskErrorKind.ConnectionError, null,
                    "Not connected to LiveDesk. Run Connect-LiveDesk first, or pass -Connection."));
            }
            if (connection!.IsClosed)
            {
                ThrowTerminatingError(ErrorRecords.Create(ErrorIds.NotConnected, LiveDeskErrorKind.ConnectionError, connection,
                    $"The connection to {connection.BaseUri} passed with -Connection was closed by Disconnect-LiveDesk. Connect again and pass the new connection (Connect-LiveDesk -PassThru), or leave out -Connection to use the current one."));
            }
            return connection;
        }

        /// <summary>A service on the connection with this invocation's copy of its retry policy, tracing to -Verbose.</summary>
        internal ContactService CreateService(LiveDeskConnection connection, Action<RetryPolicy>? adjust = null)
        {
            var policy = connection.RetryPolicy.Clone();
            policy.RateLimitBudgetName = $"the most {MyInvocation.MyCommand.Name} waits out rate limiting for one request";
            adjust?.Invoke(policy);
            return new ContactService(connection.Client, connection.Governor, policy, Trace);
        }
    }
}
