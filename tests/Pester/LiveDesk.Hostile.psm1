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

function Start-HostileServer {
    <#
    .SYNOPSIS
        Starts the hostile server on free loopback ports; returns Origin, Proxy (both without a trailing slash) and Process.
        The server exits by itself when this process does.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([ValidateRange(1, 600)] [int] $TimeoutSeconds = 30)
    $server = Start-LoopbackServer -Dll $script:HostileDll -Argument '--parent', ([string]$PID) -Name 'hostile server' `
        -Expect 'Listening', 'Proxy', 'Tls-self-signed', 'Tls-expired', 'Tls-wrong-name' -TimeoutSeconds $TimeoutSeconds
    $values = $server.Values
    $process = $server.Process
    # Tls: the https ports whose certificates no client should accept, by kind (self-signed, expired, wrong-name).
    $tls = @{ 'self-signed' = $values.'Tls-self-signed'; 'expired' = $values.'Tls-expired'; 'wrong-name' = $values.'Tls-wrong-name' }
    [pscustomobject]@{ PSTypeName = 'LiveDesk.HostileServer'; Origin = $values.Listening; Proxy = $values.Proxy; Tls = $tls; Process = $process }
}

function Stop-HostileServer {
    <# Kills a server started by Start-HostileServer. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] [object] $Server)
    Stop-LoopbackServer -Process $Server.Process -Name 'hostile server'
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

function Get-HostileHandshake {
    <# How many TLS handshakes each https port was offered since the last reset, by kind. #>
    param([Parameter(Mandatory)] [object] $Server)
    Invoke-RestMethod -Method Get -Uri "$($Server.Origin)/_hostile/handshakes" @WebDefaults
}

function Reset-HostileRequest {
    <# Forgets the recorded requests. #>
    param([Parameter(Mandatory)] [object] $Server)
    $null = Invoke-RestMethod -Method Post -Uri "$($Server.Origin)/_hostile/reset" @WebDefaults
}

Export-ModuleMember -Function Start-HostileServer, Stop-HostileServer, Get-HostileBaseUri, Get-HostileRequest, Get-HostileHandshake, Reset-HostileRequest
