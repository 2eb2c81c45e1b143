#
# Module manifest for LiveDesk for PowerShell.
# build.ps1 copies this file to out/LiveDesk/LiveDesk.psd1 and replaces the ModuleVersion line
# with the <Version> of Directory.Build.props. Keep ModuleVersion at 0.0.0 here.
#
@{
    RootModule             = 'LiveDesk.dll'
    ModuleVersion          = '0.0.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f0b3c1e-5a3d-4c8e-9b7a-2d41c7e9a815'
    Author                 = 'LiveDesk for PowerShell contributors'
    CompanyName            = 'LiveDesk for PowerShell contributors'
    Copyright              = '(c) 2026 LiveDesk for PowerShell contributors. MIT License.'
    Description            = 'Feeds contacts into EngageLab LiveDesk (built on Chatwoot) from PowerShell: connect with an API key, import contacts from CSV or any pipeline with retries, rate-limit pacing and per-row errors, find and update contacts.'
    PowerShellVersion      = '5.1'
    # Windows PowerShell 5.1 needs .NET Framework 4.7.2 to load a netstandard2.0 assembly.
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('LiveDesk.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-LiveDesk'
        'Disconnect-LiveDesk'
        'Get-LiveDeskConnection'
        'New-LiveDeskContact'
        'Get-LiveDeskContact'
        'Set-LiveDeskContact'
        'Set-LiveDeskConversation'
        'New-LiveDeskConversation'
        'Send-LiveDeskMessage'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('LiveDesk', 'EngageLab', 'Chatwoot', 'Helpdesk', 'Contacts', 'CSV', 'Import', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/livedesk-powershell/LiveDesk'
            LicenseUri   = 'https://github.com/livedesk-powershell/LiveDesk/blob/main/LICENSE'
            ReleaseNotes = 'See https://github.com/livedesk-powershell/LiveDesk/blob/main/CHANGELOG.md'
        }
    }
}
