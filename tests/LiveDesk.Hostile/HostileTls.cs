using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LiveDesk.Hostile;

/// <summary>
/// An https port with a certificate no client should accept, made in process: <c>self-signed</c> (valid for
/// 127.0.0.1 and localhost, but trusted by nobody), <c>expired</c> (and self-signed) and <c>wrong-name</c>
/// (issued for another host). It counts the handshakes it is offered, so that a test can see retries.
/// </summary>
internal sealed class HostileTls
{
    public static readonly string[] Kinds = ["self-signed", "expired", "wrong-name"];

    private readonly X509Certificate2 _certificate;
    private int _handshakes;

    private HostileTls(X509Certificate2 certificate)
    {
        _certificate = certificate;
        Listener = new TcpListener(IPAddress.Loopback, 0);
    }

    public TcpListener Listener { get; }

    public Uri Address => new($"https://127.0.0.1:{((IPEndPoint)Listener.LocalEndpoint).Port}/");

    /// <summary>How many clients began a TLS handshake since the last reset.</summary>
    public int Handshakes => Volatile.Read(ref _handshakes);

    public void Reset() => Interlocked.Exchange(ref _handshakes, 0);

    public static HostileTls Start(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        var certificate = kind switch
        {
            "expired" => Create("127.0.0.1", now.AddYears(-2), now.AddDays(-30)),
            "wrong-name" => Create("wrong-name.example", now.AddDays(-1), now.AddYears(1)),
            _ => Create("127.0.0.1", now.AddDays(-1), now.AddYears(1)),
        };
        var tls = new HostileTls(certificate);
        tls.Listener.Start();
        return tls;
    }

    /// <summary>Serves TLS on <paramref name="stream"/>; null when the client gave up on the handshake (as it should).</summary>
    public async Task<Stream?> HandshakeAsync(Stream stream, CancellationToken ct)
    {
        Interlocked.Increment(ref _handshakes);
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, ct);
            return ssl;
        }
        catch (Exception ex) when (ex is IOException || ex is System.Security.Authentication.AuthenticationException)
        {
            await ssl.DisposeAsync();
            return null;
        }
    }

    private static X509Certificate2 Create(string name, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(name, out var address))
        {
            names.AddIpAddress(address);
            names.AddDnsName("localhost");
        }
        else
        {
            names.AddDnsName(name);
        }
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(notBefore, notAfter);
        // Re-loaded from PFX: on Windows, SslStream cannot use the ephemeral key CreateSelfSigned leaves behind.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
