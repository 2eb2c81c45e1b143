<#
.SYNOPSIS
    The LiveDesk demo: imports examples/contacts.csv into a local sandbox, shows what happened, and sends each
    imported contact a welcome message (the API channel's three steps), then resolves those conversations.
.DESCRIPTION
    Run it through the build script, which builds and stages the module first:
        dotnet tool restore && dotnet pwsh ./build.ps1 Demo
#>
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'out/LiveDesk/LiveDesk.psd1') -Force
Import-Module (Join-Path $root 'tests/Pester/LiveDesk.Sandbox.psm1') -Force

$sandbox = Start-LiveDeskSandbox
try {
    Write-Host "Sandbox: $($sandbox.Uri) (a local stand-in for https://livedesk-api.engagelab.com)" -ForegroundColor Cyan
    Connect-LiveDesk -BaseUri $sandbox.Uri -Credential $sandbox.Credential

    Write-Host "`nImport-Csv examples/contacts.csv -Encoding UTF8 | New-LiveDeskContact -InboxId 407 -ErrorVariable failed" -ForegroundColor Cyan
    # -Encoding UTF8: the file has accented names and no BOM; Windows PowerShell does not assume UTF-8 for such files
    $created = Import-Csv (Join-Path $PSScriptRoot 'contacts.csv') -Encoding UTF8 |
        New-LiveDeskContact -InboxId 407 -ErrorVariable failed -ErrorAction SilentlyContinue -InformationAction Continue

    Write-Host "`nCreated contacts:" -ForegroundColor Green
    $created | Format-Table Id, Outcome, Name, Email, PhoneNumber, Identifier -AutoSize | Out-Host

    Write-Host "Failed rows ($($failed.Count)), ready to fix and re-import with Export-Csv:" -ForegroundColor Yellow
    $failed | ForEach-Object {
        [pscustomobject]@{
            Row     = $_.TargetObject.name
            ErrorId = $_.FullyQualifiedErrorId.Split(',')[0]
            Reason  = $_.Exception.Message
        }
    } | Format-Table -AutoSize -Wrap | Out-Host

    $stored = @(Get-LiveDeskContact).Count
    Write-Host "The sandbox now holds $stored contacts: $($created.Count) created + $($failed.Count) failed = $($created.Count + $failed.Count) rows in the file." -ForegroundColor Cyan

    # The API channel's steps two and three: a conversation with each imported contact, and a welcome message in it.
    Write-Host "`n`$created | New-LiveDeskConversation | Send-LiveDeskMessage -Content { `"Welcome to Contoso support, `$(`$_.Contact.Name)!`" }" -ForegroundColor Cyan
    $messages = $created | New-LiveDeskConversation |
        Send-LiveDeskMessage -Content { "Welcome to Contoso support, $($_.Contact.Name)!" } -InformationAction Continue
    $messages | Format-Table Id, ConversationId, MessageType, Content -AutoSize | Out-Host
    Write-Host "Sent $(@($messages).Count) welcome messages, one per imported contact." -ForegroundColor Green

    # The conversations were opened only to send the welcome: resolve them, so no agent finds them open tomorrow.
    Write-Host "`n`$messages | Set-LiveDeskConversation -Status Resolved" -ForegroundColor Cyan
    $resolved = $messages | Set-LiveDeskConversation -Status Resolved -InformationAction Continue
    $resolved | Format-Table Id, Status -AutoSize | Out-Host
    Write-Host "Resolved $(@($resolved).Count) conversations." -ForegroundColor Green
}
finally {
    Disconnect-LiveDesk
    Stop-LiveDeskSandbox -Sandbox $sandbox
}
