using System;
using System.Management.Automation;
using System.Security;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>Connects to a LiveDesk project with its API key and secret.</summary>
    [Cmdlet(VerbsCommunications.Connect, "LiveDesk", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(LiveDeskConnection))]
    public sealed class ConnectLiveDeskCommand : LiveDeskCmdletBase
    {
        private const string CredentialSet = "Credential";
        private const string ApiKeySet = "ApiKey";
        private const string EnvironmentSet = "Environment";

        /// <summary>The default API address (Singapore, the only data centre).</summary>
        public const string DefaultBaseUri = "https://livedesk-api.engagelab.com";

        /// <summary>API key as user name, API secret as password.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>The API key.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ApiKeySet)]
        [ValidateNotNullOrEmpty]
        public string? ApiKey { get; set; }

        /// <summary>The API secret.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ApiKeySet)]
        [ValidateNotNull]
        public SecureString? ApiSecret { get; set; }

        /// <summary>The API's base address.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>Allows sending the credentials over plain http to a host that is not loopback.</summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

        /// <summary>Does not check the credentials with a request.</summary>
        [Parameter]
        public SwitchParameter SkipCredentialCheck { get; set; }

        /// <summary>How often a request that cannot have been processed is retried.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = 4;

        /// <summary>The first retry delay in seconds; later retries double it, with jitter.</summary>
        [Parameter]
        [ValidateRange(0, 300)]
        public int RetryIntervalSec { get; set; } = 1;

        /// <summary>How long one request may take, in seconds.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 30;

        /// <summary>Also returns the connection.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var (key, secret) = ReadCredentials();
            var baseUri = ResolveBaseUri();
            var settings = new ClientSettings(baseUri, key, secret) { Timeout = TimeSpan.FromSeconds(TimeoutSec) };
            var policy = new RetryPolicy { MaximumRetryCount = MaximumRetryCount, RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec) };
            var connection = new LiveDeskConnection(settings, policy);

            if (!SkipCredentialCheck)
            {
                // Fail fast: one retry at most, whatever -MaximumRetryCount says for later commands.
                var check = policy.Clone();
                check.MaximumRetryCount = Math.Min(MaximumRetryCount, 1);
                check.RateLimitBudgetName = "the most Connect-LiveDesk waits out rate limiting";
                var service = new ContactService(connection.Client, connection.Governor, check, Trace);
                try
                {
                    // The cheapest documented authenticated call.
                    Run(ct => service.GetPageAsync(1, new ContactQuery { IncludeContactInboxes = false, NotDone = "The credentials were not checked." }, ct));
                }
                catch (LiveDeskException ex)
                {
                    connection.Dispose();
                    ThrowTerminatingError(ErrorRecords.From(ex, baseUri));
                }
                catch (PipelineStoppedException)
                {
                    connection.Dispose();
                    throw;
                }
                connection.CredentialChecked = true;
            }

            // A replaced connection a script may still hold (-PassThru) stays open: several accounts side by side.
            ConnectionStore.Replace(connection, closeHeld: false);
            WriteVerbose($"Connected to {baseUri} with key {connection.ApiKey}.");
            if (!PassThru) return;
            connection.HandedOut = true;
            WriteObject(connection);
        }

        private (string Key, SecureString Secret) ReadCredentials()
        {
            if (Credential != null)
            {
                if (string.IsNullOrWhiteSpace(Credential.UserName)) Fail(ErrorIds.MissingCredential, "The credential has no user name: use the API key as user name and the API secret as password.", LiveDeskErrorKind.InvalidArgument);
                return (Credential.UserName.TrimStart('\\'), Credential.Password);
            }
            if (ApiKey != null && ApiSecret != null) return (ApiKey, ApiSecret);

            var envKey = Environment.GetEnvironmentVariable("LIVEDESK_API_KEY");
            var envSecret = Environment.GetEnvironmentVariable("LIVEDESK_API_SECRET");
            if (string.IsNullOrEmpty(envKey) || string.IsNullOrEmpty(envSecret))
            {
                Fail(ErrorIds.MissingCredential,
                    "No LiveDesk credentials: pass -Credential (API key as user name, API secret as password), or -ApiKey and -ApiSecret, or set the environment variables LIVEDESK_API_KEY and LIVEDESK_API_SECRET.",
                    LiveDeskErrorKind.AuthenticationError);
            }
            var secure = new SecureString();
            foreach (var c in envSecret!) secure.AppendChar(c);
            secure.MakeReadOnly();
            return (envKey!, secure);
        }

        private Uri ResolveBaseUri()
        {
            var uri = BaseUri;
            if (uri == null)
            {
                var fromEnv = Environment.GetEnvironmentVariable("LIVEDESK_BASE_URI");
                var text = string.IsNullOrWhiteSpace(fromEnv) ? DefaultBaseUri : fromEnv!.Trim();
                if (!Uri.TryCreate(text, UriKind.Absolute, out uri)) Fail(ErrorIds.InvalidBaseUri, $"LIVEDESK_BASE_URI '{text}' is not an absolute URI.", LiveDeskErrorKind.InvalidArgument);
            }
            if (!uri!.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                Fail(ErrorIds.InvalidBaseUri, $"BaseUri '{uri}' is not an absolute http or https address.", LiveDeskErrorKind.InvalidArgument);
            }
            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !AllowUnencryptedAuthentication)
            {
                Fail(ErrorIds.InsecureBaseUri,
                    $"Refusing to send the API key and secret unencrypted to {uri.Authority}. Use https, or pass -AllowUnencryptedAuthentication if you accept the risk.",
                    LiveDeskErrorKind.SecurityError);
            }
            // A trailing slash makes relative API paths resolve below the base path, not beside it.
            var text2 = uri.AbsoluteUri;
            return text2.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(text2 + "/");
        }

        // No TargetObject: the input here is a credential or an address that may carry one.
        private void Fail(string id, string message, LiveDeskErrorKind kind) =>
            ThrowTerminatingError(ErrorRecords.Create(id, kind, null, message));
    }
}
