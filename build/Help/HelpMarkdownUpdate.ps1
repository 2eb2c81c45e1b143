# The updater: rewrites the parts of a cmdlet page that the cmdlet decides (front matter, SYNTAX, yaml blocks) from
# the staged module, as platyPS's Update-MarkdownHelp would, and leaves every word of prose alone. A parameter the
# page lacks gets a heading and a placeholder that the checker refuses until someone describes it.

function Split-MarkdownLine([string[]] $Lines, [string] $Prefix) {
    # Lines grouped under headings that start with $Prefix (fenced code does not count); the text before the first
    # heading is under ''.
    $groups = [ordered]@{ '' = (New-Object System.Collections.Generic.List[string]) }
    $current = ''; $fence = $false
    foreach ($line in $Lines) {
        if ($line -match '^\s*(```|~~~)') { $fence = -not $fence }
        if (-not $fence -and $line.StartsWith($Prefix)) { $current = $line; $groups[$current] = New-Object System.Collections.Generic.List[string]; continue }
        $groups[$current].Add($line)
    }
    $groups
}

function Remove-YamlBlock([string[]] $Lines) {
    # A parameter's prose without its yaml blocks and without trailing blank lines.
    $kept = New-Object System.Collections.Generic.List[string]
    $inYaml = $false
    foreach ($line in $Lines) {
        if (-not $inYaml -and $line -match '^```yaml\s*$') { $inYaml = $true; continue }
        if ($inYaml) { if ($line -match '^```\s*$') { $inYaml = $false }; continue }
        $kept.Add($line)
    }
    while ($kept.Count -and -not $kept[$kept.Count - 1].Trim()) { $kept.RemoveAt($kept.Count - 1) }
    , $kept.ToArray()
}

function Update-HelpParameterSection([string[]] $Lines, $Command) {
    $groups = Split-MarkdownLine $Lines '### '
    $out = New-Object System.Collections.Generic.List[string]
    $out.Add('')
    $all = @(Get-HelpParameter $Command)
    $order = @($groups.Keys | Where-Object { $_ -match '^### -' } | ForEach-Object { $_.Substring(5).Trim() })
    $order += @($all | ForEach-Object Name | Where-Object { $order -notcontains $_ })
    foreach ($name in $order) {
        $out.Add("### -$name")
        $heading = "### -$name"
        $prose = if ($groups.Contains($heading)) { Remove-YamlBlock $groups[$heading] }
        elseif ($script:StandardParameterText.ContainsKey($name)) { @($script:StandardParameterText[$name]) }
        else { @("{{ Fill $name Description }}") }
        foreach ($line in $prose) { $out.Add($line) }
        $parameter = $all | Where-Object Name -EQ $name
        if ($parameter) { $out.Add(''); foreach ($line in (Format-ParameterYaml $Command $parameter)) { $out.Add($line) } }
        $out.Add('')
    }
    $common = @($groups.Keys | Where-Object { $_ -match '^### CommonParameters' })
    $out.Add('### CommonParameters')
    if ($common.Count) { foreach ($line in (Remove-YamlBlock $groups[$common[0]])) { $out.Add($line) } } else { $out.Add($script:CommonParametersText) }
    $out.Add('')
    , $out.ToArray()
}

function Update-HelpFrontMatter([string[]] $Lines, $Command) {
    # Returns the page without its old front matter, preceded by the one platyPS wants.
    $body = $Lines
    if ($Lines.Count -and $Lines[0] -eq '---') {
        $end = [array]::IndexOf($Lines, '---', 1)
        if ($end -gt 0) { $body = $Lines[($end + 1)..($Lines.Count - 1)] }
    }
    $module = [IO.Path]::GetFileNameWithoutExtension($Command.HelpFile) -replace '\.dll-Help$', '' -replace '-Help$', ''
    @('---', "external help file: $($Command.HelpFile)", "Module Name: $module", 'online version:', 'schema: 2.0.0', '---') + @($body)
}

function Update-LiveDeskHelpMarkdown {
    <#
    .SYNOPSIS
    Rewrites the front matter, SYNTAX and yaml blocks of docs/<Cmdlet>.md from the staged module.
    .DESCRIPTION
    Run it after adding or changing a parameter: the page then carries the cmdlet's types, parameter sets and
    default values, and only the prose is left to write (a new parameter's placeholder fails the build until it is
    described). Returns the files it changed.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)] [string] $DocsPath, [Parameter(Mandatory)] [string] $ModulePath)
    foreach ($command in @(Get-LiveDeskCommandMetadata -ModulePath $ModulePath)) {
        $path = Join-Path $DocsPath "$($command.Name).md"
        if (-not (Test-Path -LiteralPath $path)) { Write-Warning "$($command.Name) has no page $path."; continue }
        $old = [IO.File]::ReadAllText($path) -replace "`r`n?", "`n"
        $sections = Split-MarkdownLine (Update-HelpFrontMatter ($old.TrimEnd("`n") -split "`n") $command) '## '
        $lines = New-Object System.Collections.Generic.List[string]
        $lines.AddRange([string[]]@($sections['']))
        foreach ($heading in $sections.Keys) {
            if ($heading -eq '') { continue }
            if ($heading -match '^## SYNOPSIS' -and -not @($sections.Keys | Where-Object { $_ -match '^## SYNTAX' }).Count) {
                $lines.Add($heading); $lines.AddRange([string[]]@($sections[$heading])); $heading = '## SYNTAX'
            }
            $lines.Add($heading)
            if ($heading -match '^## SYNTAX') { $lines.Add(''); $lines.AddRange([string[]](Format-HelpSyntax $command)) }
            elseif ($heading -match '^## PARAMETERS') { $lines.AddRange([string[]](Update-HelpParameterSection $sections[$heading] $command)) }
            else { $lines.AddRange([string[]]@($sections[$heading])) }
        }
        $new = (($lines -join "`n") -replace "`n{3,}", "`n`n").TrimEnd() + "`n"
        if ($new -ne $old -and $PSCmdlet.ShouldProcess($path, 'Update the help page')) {
            [IO.File]::WriteAllText($path, $new, (New-Object System.Text.UTF8Encoding $false))
            Get-Item -LiteralPath $path
        }
    }
}
