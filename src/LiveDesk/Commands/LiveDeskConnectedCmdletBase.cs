using System;
using System.Management.Automation;
using LiveDesk.Contacts;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Session;
using LiveDesk.Transport;

namespace LiveDesk.Commands
{
    /// <summary>
    /// The base of the cmdlets that use a connection: adds -Connection and resolves it, and -ThrottleLimit, since each
    /// of them keeps several requests in flight (rows sent, or list pages read).
    /// </summary>
    public abstract class LiveDeskConnectedCmdletBase : LiveDeskCmdletBase
    {
        internal LiveDeskConnectedCmdletBase() { }

        /// <summary>The connection to use instead of the current one (from Connect-LiveDesk -PassThru).</summary>
        [Parameter]
        [ValidateNotNull]
        public LiveDeskConnection? Connection { get; set; }

        /// <summary>The most requests in flight at once: a hard cap when given; without it an import starts at 16 and follows the round trip up to 64.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 16;

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

        /// <summary>A contact service on the connection with <paramref name="retries"/> (default: a new copy of the connection's), tracing to -Verbose.</summary>
        internal ContactService CreateService(LiveDeskConnection connection, RetrySettings? retries = null) =>
            new ContactService(connection.Client, connection.Governor, retries ?? CreateRetrySettings(connection, null), Trace) { SearchGovernor = connection.SearchGovernor, Traits = connection.Traits, PageSize = connection.PageSize, Warn = Warn };

        /// <summary>A conversation service on the connection with <paramref name="retries"/>, this invocation's copy of its retry settings, tracing to -Verbose.</summary>
        internal ConversationService CreateConversationService(LiveDeskConnection connection, RetrySettings retries) =>
            new ConversationService(connection.Client, connection.Governor, retries, Trace);

        /// <summary>
        /// This invocation's copy of the connection's retry settings, bounded by the cmdlet's -MaximumRateLimitWaitSec
        /// when it has that parameter; from then on -Verbose tells the connection's pace changes for as long as the
        /// command runs.
        /// </summary>
        internal RetrySettings CreateRetrySettings(LiveDeskConnection connection, int? maximumRateLimitWaitSec)
        {
            var settings = connection.RetrySettings.Clone();
            if (maximumRateLimitWaitSec is int seconds)
            {
                settings.MaximumRateLimitWait = TimeSpan.FromSeconds(seconds);
                settings.RateLimitBudgetName = "-MaximumRateLimitWaitSec";
            }
            else
            {
                // Without the parameter, messages name the budget by what it bounds.
                settings.RateLimitBudgetName = $"the most {MyInvocation.MyCommand.Name} waits out rate limiting for one request";
            }
            ListenToPacing(connection);
            return settings;
        }

        private LiveDeskConnection? _listenedTo;

        // -Verbose says when and why the pace changes, for as long as this command runs.
        private void ListenToPacing(LiveDeskConnection connection)
        {
            if (_listenedTo != null) return;
            _listenedTo = connection;
            connection.Governor.MarkStart();
            connection.SearchGovernor.MarkStart();
            connection.Governor.AddListener(Trace);
            connection.SearchGovernor.AddListener(TraceSearch);
        }

        private void TraceSearch(string line) => Trace("Searches: " + line);

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing && _listenedTo != null)
            {
                _listenedTo.Governor.RemoveListener(Trace);
                _listenedTo.SearchGovernor.RemoveListener(TraceSearch);
                _listenedTo = null;
            }
            base.Dispose(disposing);
        }
    }
}
