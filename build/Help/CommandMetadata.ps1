# The cmdlets' side of the help: what the compiled module says about each command and parameter.

function Get-LiveDeskCommandMetadata {
    <#
    .SYNOPSIS
    Imports a module in a separate PowerShell process and returns the metadata of its cmdlets.
    .DESCRIPTION
    Runs Read-CommandMetadata.ps1 in a child process. Returns one object per cmdlet with Name, Verb, Noun,
    HelpFile, SupportsShouldProcess, DefaultParameterSet, ParameterSets (each with its parameters in syntax
    order) and Parameters (per parameter: Type, TypeName, IsSwitch, Aliases, Values, Globbing, DefaultValue
    read from a fresh instance of the cmdlet, and per set Mandatory, Position, ValueFromPipeline,
    ValueFromPipelineByPropertyName).
    #>
    [CmdletBinding()]
    param(
        # The module folder (containing <Name>.psd1) or the path of a .psd1/.dll.
        [Parameter(Mandatory)]
        [string] $ModulePath
    )
    $target = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    if (Test-Path -LiteralPath $target -PathType Container) {
        $manifest = Join-Path $target ((Split-Path $target -Leaf) + '.psd1')
        if (-not (Test-Path -LiteralPath $manifest)) { throw "No module manifest '$manifest'." }
        $target = $manifest
    }
    $outFile = Join-Path ([IO.Path]::GetTempPath()) ('livedesk-help-metadata-' + [guid]::NewGuid().ToString('N') + '.json')
    try {
        $child = Invoke-ChildPwsh -ScriptPath (Join-Path $PSScriptRoot 'Read-CommandMetadata.ps1') -ArgumentList '-ModulePath', $target, '-OutFile', $outFile -TimeoutSec 300
        if ($child.ExitCode -ne 0 -or -not (Test-Path -LiteralPath $outFile)) {
            throw "Could not read the commands of '$target' (exit code $($child.ExitCode)):`n$($child.Output -join "`n")"
        }
        foreach ($command in @([IO.File]::ReadAllText($outFile) | ConvertFrom-Json)) {
            if ($null -ne $command) { $command.PSObject.TypeNames.Insert(0, 'LiveDesk.HelpBuilder.CommandMetadata'); $command }
        }
    }
    finally {
        Remove-Item -LiteralPath $outFile -ErrorAction SilentlyContinue
    }
}
