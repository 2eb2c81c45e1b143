using System;
using System.Management.Automation;
using System.Security;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Session;
using LiveDesk.Transport;

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

        /// <summary>A proxy to send every request through, loopback targets included.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>Credentials for the proxy given with -Proxy.</summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Connects directly, ignoring HTTP_PROXY, HTTPS_PROXY and the system proxy.</summary>
        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        /// <summary>Also returns the connection.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var (key, secret) = ReadCredentials();
            var baseUri = ResolveBaseUri();
            var settings = new ClientSettings(baseUri, key, secret)
            {
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                NoProxy = NoProxy,
                Proxy = ResolveProxy(),
                ProxyCredential = ToNetworkCredential(ProxyCredential),
            };
            var retries = new RetrySettings { MaximumRetryCount = MaximumRetryCount, RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec) };
            var connection = new LiveDeskConnection(settings, retries);

            if (!SkipCredentialCheck)
            {
                // Fail fast: one retry at most, whatever -MaximumRetryCount says for later commands.
                var check = retries.Clone();
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
            WriteVerbose($"Connected to {baseUri} with key {connection.ApiKey}, proxy: {connection.Proxy}.");
            if (!PassThru) return;
            connection.HandedOut = true;
            WriteObject(connection);
        }

        private (string Key, SecureString Secret) ReadCredentials()
        {
            if (Credential != null)
            {
                if (string.IsNullOrWhiteSpace(Credential.UserName)) Fail(ErrorIds.MissingCredential, "The credential has no user name: use the API key as user name and the API secret as password.", LiveDeskErrorKind.InvalidArgument);
                return (Credential.UserName.TrimStart('\\'), ReadOnlyCopy(Credential.Password));
            }
            if (ApiKey != null && ApiSecret != null) return (ApiKey, ReadOnlyCopy(ApiSecret));

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

        // The connection outlives this call; the caller may dispose or change the SecureString they passed.
        private static SecureString ReadOnlyCopy(SecureString secret)
        {
            var copy = secret.Copy();
            copy.MakeReadOnly();
            return copy;
        }

        private static System.Net.NetworkCredential? ToNetworkCredential(PSCredential? credential)
        {
            if (credential == null) return null;
            // DOMAIN\user is split the way an NTLM or Negotiate proxy expects; the password stays a SecureString.
            var name = credential.UserName;
            var slash = name.IndexOf('\\');
            return slash > 0
                ? new System.Net.NetworkCredential(name.Substring(slash + 1), ReadOnlyCopy(credential.Password), name.Substring(0, slash))
                : new System.Net.NetworkCredential(name, ReadOnlyCopy(credential.Password));
        }

        private Uri? ResolveProxy()
        {
            if (Proxy == null)
            {
                if (ProxyCredential != null) Fail(ErrorIds.InvalidProxy, "-ProxyCredential needs -Proxy: name the proxy the credentials are for.", LiveDeskErrorKind.InvalidArgument);
                return null;
            }
            if (NoProxy) Fail(ErrorIds.InvalidProxy, "-Proxy and -NoProxy contradict each other: use one of them.", LiveDeskErrorKind.InvalidArgument);
            if (!Proxy.IsAbsoluteUri || Proxy.UserInfo.Length > 0)
            {
                Fail(ErrorIds.InvalidProxy, "-Proxy must be an absolute address without user name or password, such as http://proxy.example.com:8080; pass the proxy's credentials with -ProxyCredential.", LiveDeskErrorKind.InvalidArgument);
            }
            return Proxy;
        }

        private Uri ResolveBaseUri()
        {
            var uri = BaseUri;
            if (uri == null)
            {
                var fromEnv = Environment.GetEnvironmentVariable("LIVEDESK_BASE_URI");
                var text = string.IsNullOrWhiteSpace(fromEnv) ? DefaultBaseUri : fromEnv!.Trim();
                if (!Uri.TryCreate(text, UriKind.Absolute, out uri)) Fail(ErrorIds.InvalidBaseUri, text.IndexOf('@') >= 0 ? "LIVEDESK_BASE_URI is not an absolute URI." : $"LIVEDESK_BASE_URI '{text}' is not an absolute URI.", LiveDeskErrorKind.InvalidArgument);
            }
            // http://key:secret@host would put the secret into -Verbose, transcripts and Get-LiveDeskConnection;
            // the message names neither, only where the credentials belong.
            if (uri!.IsAbsoluteUri && uri.UserInfo.Length > 0)
            {
                Fail(ErrorIds.InvalidBaseUri,
                    $"{(BaseUri == null ? "LIVEDESK_BASE_URI" : "BaseUri")} contains a user name or password (before '@'); remove it and pass the API key and secret with -Credential, -ApiKey and -ApiSecret, or LIVEDESK_API_KEY and LIVEDESK_API_SECRET.",
                    LiveDeskErrorKind.SecurityError);
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
