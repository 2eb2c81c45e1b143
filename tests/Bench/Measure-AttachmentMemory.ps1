#Requires -Version 7.2
<#
.SYNOPSIS
    Sends one message into each given conversation in a fresh PowerShell process, with or without an attachment,
    and writes one JSON line: messages sent, failures, seconds and the peak working set.
.DESCRIPTION
    Run twice (plain, then with -AttachmentPath) from the same sandbox state to compare what the files cost:
    attachments are streamed from disk, so 100 messages with a 5 MB file must stay within a few MB of 100 plain ones.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [Parameter(Mandatory)] [string] $ConversationId,
    [string] $AttachmentPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'

Import-Module $ModulePath -Force
$secret = ConvertTo-SecureString -String $ApiSecret -AsPlainText -Force
Connect-LiveDesk -ApiKey $ApiKey -ApiSecret $secret -BaseUri $BaseUri -SkipCredentialCheck

$rows = foreach ($id in $ConversationId.Split(',')) { [pscustomobject]@{ ConversationId = [long] $id } }
$send = @{ Content = 'Your invoice'; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'sendErrors' }
if ($AttachmentPath) { $send.Attachment = $AttachmentPath }

$watch = [System.Diagnostics.Stopwatch]::StartNew()
$sent = @($rows | Send-LiveDeskMessage @send).Count
$watch.Stop()

$process = [System.Diagnostics.Process]::GetCurrentProcess()
$process.Refresh()
[pscustomobject]@{
    Sent           = $sent
    Failed         = @($sendErrors).Count
    Seconds        = $watch.Elapsed.TotalSeconds
    PeakWorkingSet = $process.PeakWorkingSet64
} | ConvertTo-Json -Compress
