# The checker: compares the document models with the cmdlets and lists every problem. A page must document each
# parameter the cmdlet has and nothing else, and its platyPS metadata (front matter, SYNTAX, yaml blocks) must say
# what the cmdlet says, so that the page stays true and platyPS would compile the same help from it.

# Parameters the cmdlet pages need not describe: the writer supplies the standard text.
$script:StandardParameterText = @{
    WhatIf            = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm           = 'Prompts you for confirmation before running the cmdlet.'
    First             = 'Gets only the specified number of objects. Enter the number of objects to get.'
    Skip              = 'Ignores the specified number of objects and then gets the remaining objects. Enter the number of objects to skip.'
    IncludeTotalCount = 'Reports the total number of objects in the data set (an integer) followed by the selected objects. If the cmdlet cannot determine the total count, it displays "Unknown total count." The integer has an Accuracy property that indicates the reliability of the total count value.'
}

function Test-HelpFrontMatter($Doc, $Command) {
    $file = [IO.Path]::GetFileName($Doc.Path)
    $expected = [ordered]@{ 'external help file' = $Command.HelpFile; 'schema' = '2.0.0' }
    foreach ($key in $expected.Keys) {
        $actual = if ($Doc.FrontMatter.Contains($key)) { $Doc.FrontMatter[$key] } else { $null }
        if ($actual -ne $expected[$key]) { "${file}: the front matter needs '${key}: $($expected[$key])' (found '$actual')." }
    }
}

function Test-HelpSyntax($Doc, $Command) {
    $file = [IO.Path]::GetFileName($Doc.Path)
    if (-not $Doc.HasSyntax) { return "${file}: missing section '## SYNTAX'." }
    $expected = @(Format-HelpSyntax $Command | Where-Object { $_ -and $_ -notmatch '^(###|```)' })
    $actual = @($Doc.Syntax | ForEach-Object { $_ -replace '\s+', ' ' })
    if (($expected -join "`n") -cne ($actual -join "`n")) {
        "${file}: the SYNTAX blocks differ from the cmdlet's (Update-LiveDeskHelpMarkdown writes them, see docs/README.md); they should read:`n    $($expected -join "`n    ")"
    }
}

function Test-HelpParameterYaml($Command, $Parameter, $Documented) {
    # Every key of every yaml block, Default value above all: it is read from the cmdlet, so a page cannot claim another.
    $expected = @(Read-FormattedYaml (Format-ParameterYaml $Command $Parameter))
    $actual = @($Documented.Metadata)
    $where = "$($Command.Name) -$($Parameter.Name)"
    if ($actual.Count -ne $expected.Count) { return "${where}: the page has $($actual.Count) yaml block(s), the cmdlet's parameter sets need $($expected.Count):`n    $((Format-ParameterYaml $Command $Parameter) -join "`n    ")" }
    for ($i = 0; $i -lt $expected.Count; $i++) {
        foreach ($key in $expected[$i].Keys) {
            $value = if ($actual[$i].Contains($key)) { $actual[$i][$key] } else { '(missing)' }
            if ($value -cne $expected[$i][$key]) { "${where}: the page says '${key}: $value', the cmdlet '${key}: $($expected[$i][$key])' (Update-LiveDeskHelpMarkdown writes it)." }
        }
        foreach ($key in $actual[$i].Keys) { if (-not $expected[$i].Contains($key)) { "${where}: '${key}: $($actual[$i][$key])' in the page, but the cmdlet has no such value." } }
    }
}

function Read-FormattedYaml([string[]] $Lines) {
    # The formatter's lines back into key -> value tables, one per block, as the reader sees a page's blocks.
    $current = $null
    foreach ($line in $Lines) {
        if ($line -eq '```yaml') { $current = [ordered]@{}; continue }
        if ($line -eq '```') { $current; $current = $null; continue }
        if ($null -ne $current -and $line -match '^([A-Za-z][A-Za-z ]*):\s*(.*?)\s*$') { $current[$Matches[1]] = $Matches[2] }
    }
}

function Test-HelpParameter($Doc, $Command) {
    $all = @(Get-HelpParameter $Command)
    $names = @($all | ForEach-Object Name)
    foreach ($documented in $Doc.Parameters) {
        $match = @($names | Where-Object { $_ -eq $documented.Name })
        if ($match.Count -eq 0) { "$($Command.Name): the help describes parameter -$($documented.Name), which the command does not have."; continue }
        if ($match[0] -cne $documented.Name) { "$($Command.Name): the help spells parameter -$($documented.Name) as the command does not (-$($match[0]))."; continue }
        Test-HelpParameterYaml $Command ($all | Where-Object Name -EQ $documented.Name) $documented
    }
    foreach ($parameter in $all) {
        $documented = @($Doc.Parameters | Where-Object { $_.Name -eq $parameter.Name })
        $hasText = ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0)
        if (-not $hasText -and -not $script:StandardParameterText.ContainsKey($parameter.Name)) {
            "$($Command.Name): parameter -$($parameter.Name) has no description (add '### -$($parameter.Name)' under '## PARAMETERS')."
        }
        elseif ($hasText -and (@($documented[0].Description) -join ' ') -match '\{\{ Fill ') {
            "$($Command.Name): parameter -$($parameter.Name) still has the placeholder Update-LiveDeskHelpMarkdown wrote; describe it."
        }
    }
}

function Get-HelpDocumentMap($Document, $Metadata, $Problems) {
    # Documents by command name; duplicates and pages for no command are problems.
    $byName = @{}
    foreach ($doc in $Document) {
        foreach ($e in $doc.Errors) { $Problems.Add($e) }
        if (-not $doc.Name) { continue }
        if ($byName.ContainsKey($doc.Name)) { $Problems.Add("Two help documents for '$($doc.Name)': $($byName[$doc.Name].Path) and $($doc.Path).") }
        $byName[$doc.Name] = $doc
    }
    $commandNames = @($Metadata | ForEach-Object { $_.Name })
    foreach ($name in $byName.Keys) {
        if ($commandNames -notcontains $name) { $Problems.Add("$([IO.Path]::GetFileName($byName[$name].Path)): documents '$name', which is not a command of the module.") }
    }
    $byName
}

function Test-LiveDeskHelp {
    <#
    .SYNOPSIS
    Lists every problem of the help documents against the command metadata (nothing when they agree).
    .DESCRIPTION
    A command without a document, a document without a command, a parameter without a description, a documented
    parameter the command lacks, front matter, SYNTAX or yaml metadata (types, sets, default values ...) that
    differ from the cmdlet, and the format errors found while reading.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Document, [Parameter(Mandatory)] [object[]] $Metadata)
    $problems = New-Object System.Collections.Generic.List[string]
    $byName = Get-HelpDocumentMap $Document $Metadata $problems
    foreach ($command in $Metadata) {
        $doc = $byName[$command.Name]
        if ($null -eq $doc) { $problems.Add("$($command.Name): no help document (expected $($command.Name).md)."); continue }
        foreach ($p in @(Test-HelpFrontMatter $doc $command) + @(Test-HelpSyntax $doc $command) + @(Test-HelpParameter $doc $command)) { if ($p) { $problems.Add($p) } }
    }
    $problems.ToArray()
}
