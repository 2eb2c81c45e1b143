using System;
using LiveDesk.Pacing;
using LiveDesk.Session;
using LiveDesk.Transport;

namespace LiveDesk.Models
{
    /// <summary>
    /// A connection to one LiveDesk project: where, as whom (key masked), and the retry defaults.
    /// The secret is held only inside the client, as a SecureString, and is not reachable from here.
    /// The connection owns its client: Disconnect-LiveDesk, or a Connect-LiveDesk that replaces it, closes it.
    /// </summary>
    public sealed class LiveDeskConnection
    {
        private volatile bool _closed;

        internal LiveDeskConnection(ClientSettings settings, RetrySettings retrySettings)
        {
            BaseUri = settings.BaseUri;
            ApiKey = Mask(settings.ApiKey);
            RetrySettings = retrySettings;
            MaximumRetryCount = retrySettings.MaximumRetryCount;
            RetryIntervalSec = (int)retrySettings.RetryInterval.TotalSeconds;
            TimeoutSec = (int)settings.Timeout.TotalSeconds;
            Proxy = settings.DescribeProxy();
            ConnectedAt = DateTimeOffset.Now;
            Client = new LiveDeskClient(settings);
        }

        /// <summary>The API's base address.</summary>
        public Uri BaseUri { get; }

        /// <summary>The API key with all but its last four characters masked.</summary>
        public string ApiKey { get; }

        /// <summary>How requests reach LiveDesk: the proxy's address (never its credentials), None or Default.</summary>
        public string Proxy { get; }

        /// <summary>When Connect-LiveDesk made this connection.</summary>
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Whether Connect-LiveDesk verified the credentials with a request.</summary>
        public bool CredentialChecked { get; internal set; }

        /// <summary>How often a request that cannot have been processed is retried.</summary>
        public int MaximumRetryCount { get; }

        /// <summary>The first retry delay in seconds; later ones double, with jitter.</summary>
        public int RetryIntervalSec { get; }

        /// <summary>How long one request may take, in seconds.</summary>
        public int TimeoutSec { get; }

        /// <summary>The request rate the module currently paces to after 429 answers (requests per second), or empty while unlimited.</summary>
        public double? PacedRatePerSecond => Governor.CurrentRate is double r ? Math.Round(r, 1) : (double?)null;

        /// <summary>What the module learned of the server's rate limit from its 429 answers, e.g. "server allows about 3,000 per minute"; empty until then.</summary>
        public string? RateLimit => Governor.DescribeLimit();

        internal LiveDeskClient Client { get; }

        // The settings every cmdlet copies for its own invocation (-MaximumRetryCount, -RetryIntervalSec).
        internal RetrySettings RetrySettings { get; }

        /// <summary>True once Disconnect-LiveDesk or a later Connect-LiveDesk closed this connection.</summary>
        internal bool IsClosed => _closed;

        /// <summary>
        /// True once the object was written to the pipeline (-PassThru, Get-LiveDeskConnection): a script may
        /// hold it for -Connection, so a later Connect-LiveDesk leaves it open. Disconnect-LiveDesk closes it anyway.
        /// </summary>
        internal bool HandedOut { get; set; }

        /// <summary>Closes the connection: its HTTP connections and the secret go; cmdlets given it then say so.</summary>
        internal void Dispose()
        {
            if (_closed) return;
            _closed = true;
            Client.Dispose();
        }

        // Shared by every cmdlet using this connection: the server's limit is per client, not per command.
        internal RateGovernor Governor { get; } = new RateGovernor();

        // Searches have a throttle of their own (per account): learned and held apart from the overall pace.
        internal RateGovernor SearchGovernor { get; } = new RateGovernor();

        /// <summary>What this connection has learned about its server's undocumented behaviour.</summary>
        internal ServerTraits Traits { get; } = new ServerTraits();

        // The list's page size, asked for once per connection: every command on it pages the same way.
        internal Contacts.ListPageSize PageSize { get; } = new Contacts.ListPageSize();

        /// <summary>Masks all but the last four characters.</summary>
        public static string Mask(string key)
        {
            if (string.IsNullOrEmpty(key)) return string.Empty;
            var visible = key.Length > 4 ? 4 : 0;
            return new string('*', key.Length - visible) + key.Substring(key.Length - visible);
        }

        /// <inheritdoc />
        public override string ToString() => $"{BaseUri} (key {ApiKey})";
    }
}
