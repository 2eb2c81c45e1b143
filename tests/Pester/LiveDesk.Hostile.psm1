#Requires -Version 5.1
<#
    Helpers to start and inspect the hostile server (tests/LiveDesk.Hostile) from Pester: a loopback HTTP server
    whose modes misbehave on purpose, plus a recording forward proxy (README.md there lists the modes).
    It must have been built first (./build.ps1 Build). Runs in PowerShell 7 and in Windows PowerShell 5.1.
#>
Set-StrictMode -Version 3.0

$script:RepoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$script:HostileDll = Join-Path $script:RepoRoot 'tests/LiveDesk.Hostile/bin/Release/net10.0/LiveDesk.Hostile.dll'
# -NoProxy exists on the web cmdlets of PowerShell 6+ only; .NET Framework never sends loopback requests to a proxy.
$script:WebDefaults = @{ UseBasicParsing = $true }
if ($PSVersionTable.PSEdition -eq 'Core') { $script:WebDefaults = @{ NoProxy = $true } }

Import-Module (Join-Path $PSScriptRoot 'LiveDesk.Sandbox.psm1')

function Get-HostileDotnet {
    if ($env:DOTNET_HOST_PATH -and (Test-Path -LiteralPath $env:DOTNET_HOST_PATH)) { return $env:DOTNET_HOST_PATH }
    $self = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ($self -and [IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { return $self }
    $cmd = Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($cmd) { return $cmd.Source }
    throw 'The dotnet host was not found (set DOTNET_HOST_PATH or put dotnet on the PATH).'
}

function Stop-HostileProcess([System.Diagnostics.Process] $Process) {
    # Kill(bool entireProcessTree) is .NET Core 3.0+; the server (dotnet <dll>) has no child processes anyway
    if ($PSVersionTable.PSEdition -eq 'Core') { $Process.Kill($true) } else { $Process.Kill() }
}

function Start-HostileServer {
    <#
    .SYNOPSIS
        Starts the hostile server on free loopback ports; returns Origin, Proxy (both without a trailing slash) and Process.
        The server exits by itself when this process does.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([ValidateRange(1, 600)] [int] $TimeoutSeconds = 30)
    if (-not (Test-Path -LiteralPath $script:HostileDll)) {
        throw "The hostile server is not built: '$script:HostileDll' is missing. Run ./build.ps1 Build first."
    }
    $psi = [System.Diagnostics.ProcessStartInfo]::new((Get-HostileDotnet))
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.CreateNoWindow = $true
    Set-ProcessArgument -StartInfo $psi -Argument ([string[]]@($script:HostileDll, '--parent', [string]$PID))
    $process = [System.Diagnostics.Process]::Start($psi)
    $null = $process.StandardError.ReadToEndAsync()
    $values = @{}
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    try {
        while ($values.Count -lt 2) {
            $lineTask = $process.StandardOutput.ReadLineAsync()
            $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
            if (-not $lineTask.Wait($remaining)) { throw "The hostile server did not report its address within $TimeoutSeconds s." }
            $line = $lineTask.Result
            if ($null -eq $line) { throw 'The hostile server exited before it was ready.' }
            if ($line -match '^(Listening|Proxy): (.*)$') { $values[$Matches[1]] = $Matches[2] }
        }
    }
    catch {
        if (-not $process.HasExited) { Stop-HostileProcess $process; $null = $process.WaitForExit(5000) }
        $process.Dispose()
        throw
    }
    $null = $process.StandardOutput.ReadToEndAsync()
    [pscustomobject]@{ PSTypeName = 'LiveDesk.HostileServer'; Origin = $values.Listening; Proxy = $values.Proxy; Process = $process }
}

function Stop-HostileServer {
    <# Kills a server started by Start-HostileServer. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] [object] $Server)
    $process = $Server.Process
    try {
        if (-not $process.HasExited) {
            Stop-HostileProcess $process
            $null = $process.WaitForExit(10000)
        }
    }
    catch [System.InvalidOperationException] {
        # already gone
    }
    finally { $process.Dispose() }
}

function Get-HostileBaseUri {
    <# The -BaseUri of one mode, e.g. http://127.0.0.1:41234/m/bom/ #>
    param([Parameter(Mandatory)] [object] $Server, [Parameter(Mandatory)] [string] $Mode)
    "$($Server.Origin)/m/$Mode/"
}

function Get-HostileRequest {
    <# Every request the server received on either port since the last reset: listener, method, target, authorization, proxyAuthorization, body. #>
    param([Parameter(Mandatory)] [object] $Server)
    $items = Invoke-RestMethod -Method Get -Uri "$($Server.Origin)/_hostile/requests" @WebDefaults
    foreach ($item in $items) { $item }
}

function Reset-HostileRequest {
    <# Forgets the recorded requests. #>
    param([Parameter(Mandatory)] [object] $Server)
    $null = Invoke-RestMethod -Method Post -Uri "$($Server.Origin)/_hostile/reset" @WebDefaults
}

Export-ModuleMember -Function Start-HostileServer, Stop-HostileServer, Get-HostileBaseUri, Get-HostileRequest, Reset-HostileRequest
