#Requires -Version 5.1
<#
    LiveDesk.HelpBuilder: compiles the help of a binary module from markdown (see docs/README.md).

    docs/<Cmdlet-Name>.md pages follow platyPS's markdown schema 2.0.0; docs/about_<Topic>.md topics are
    compiled to en-US/about_<Topic>.help.txt. The parts, one concern each (build/Help/):

        Markdown.ps1             Markdig (NuGet, restored by tests/tools/Tools.csproj) and its tree -> help text
        HelpReader.ps1           a cmdlet page -> document model (prose, syntax, yaml metadata, examples, links)
        CommandMetadata.ps1      the compiled cmdlets -> metadata, in a child process (Read-CommandMetadata.ps1),
                                 defaults read from a fresh instance of each cmdlet
        HelpMarkdownFormat.ps1   metadata -> the SYNTAX and yaml blocks a page must carry
        HelpChecker.ps1          document models against the metadata -> every problem
        HelpMarkdownUpdate.ps1   Update-LiveDeskHelpMarkdown: rewrites a page's SYNTAX and yaml blocks from the code
        MamlWriter.ps1           models + metadata -> MAML (<Assembly>-Help.xml)
        AboutWriter.ps1          about_*.md -> about_*.help.txt

    Parsing needs PowerShell 7.
#>

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# The child-PowerShell launcher shared by build and tests.
Import-Module (Join-Path $PSScriptRoot 'LiveDesk.BuildTools.psm1')
foreach ($part in 'Markdown', 'HelpReader', 'CommandMetadata', 'HelpMarkdownFormat', 'HelpChecker', 'HelpMarkdownUpdate', 'MamlWriter', 'AboutWriter') {
    . (Join-Path $PSScriptRoot "Help/$part.ps1")
}

function Build-LiveDeskHelp {
    <#
    .SYNOPSIS
    Compiles docs/*.md into <ModulePath>/<Culture>/<Assembly>-Help.xml and about_*.help.txt.
    .DESCRIPTION
    Reads the cmdlets of the staged module in a separate process, checks the markdown against them
    (every cmdlet documented, every parameter described, no unknown parameter, SYNTAX and yaml blocks
    with the cmdlets' types, sets and default values) and writes the MAML and about topics. Throws on any problem. Returns the files written. docs/README.md (the
    convention) and any file whose name does not match a command or about_* is ignored only when
    it is README.md; other unmatched files are errors.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string] $DocsPath,
        [Parameter(Mandatory)] [string] $ModulePath,
        [string] $Culture = 'en-US'
    )

    $docsRoot = (Resolve-Path -LiteralPath $DocsPath).ProviderPath
    $moduleRoot = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    $metadata = @(Get-LiveDeskCommandMetadata -ModulePath $moduleRoot)
    if ($metadata.Count -eq 0) { throw "The module in '$moduleRoot' exports no commands." }

    $files = @(Get-ChildItem -LiteralPath $docsRoot -Filter '*.md' -File | Sort-Object Name)
    $aboutFiles = @($files | Where-Object { $_.Name -like 'about_*.md' })
    $commandFiles = @($files | Where-Object { $_.Name -notlike 'about_*.md' -and $_.Name -ne 'README.md' })
    $documents = @($commandFiles | ConvertFrom-LiveDeskHelpMarkdown)
    foreach ($doc in $documents) {
        $expected = [IO.Path]::GetFileNameWithoutExtension($doc.Path)
        if ($doc.Name -and $doc.Name -ne $expected) {
            $doc.Errors = @($doc.Errors) + "$([IO.Path]::GetFileName($doc.Path)): the title '# $($doc.Name)' does not match the file name."
        }
    }
    $maml = ConvertTo-LiveDeskMaml -Document $documents -Metadata $metadata

    $target = Join-Path $moduleRoot $Culture
    New-Item -ItemType Directory -Path $target -Force | Out-Null
    $utf8 = New-Object System.Text.UTF8Encoding $false
    $written = @()
    foreach ($helpFile in @($metadata | ForEach-Object { $_.HelpFile } | Sort-Object -Unique)) {
        $path = Join-Path $target $helpFile
        [IO.File]::WriteAllText($path, $maml, $utf8)
        $written += $path
    }
    foreach ($about in $aboutFiles) {
        $path = Join-Path $target ($about.BaseName + '.help.txt')
        [IO.File]::WriteAllText($path, (ConvertTo-LiveDeskAboutHelp -Path $about.FullName), $utf8)
        $written += $path
    }
    $written | ForEach-Object { Get-Item -LiteralPath $_ }
}

Export-ModuleMember -Function Build-LiveDeskHelp, ConvertFrom-LiveDeskHelpMarkdown, Test-LiveDeskHelp, Update-LiveDeskHelpMarkdown, ConvertTo-LiveDeskMaml, ConvertTo-LiveDeskAboutHelp, Get-LiveDeskCommandMetadata
