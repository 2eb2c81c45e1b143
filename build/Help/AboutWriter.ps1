# The about-topic writer: docs/about_<Topic>.md -> about_<Topic>.help.txt, the plain-text form Get-Help shows.

function Format-WrappedText {
    param([string] $Text, [int] $Indent, [int] $Width = 80)
    $prefix = ' ' * $Indent
    $lines = New-Object System.Collections.Generic.List[string]
    $current = ''
    foreach ($word in ($Text -split '\s+' | Where-Object { $_ -ne '' })) {
        if ($current.Length -gt 0 -and ($Indent + $current.Length + 1 + $word.Length) -gt $Width) { $lines.Add($prefix + $current); $current = $word }
        elseif ($current.Length -gt 0) { $current += ' ' + $word }
        else { $current = $word }
    }
    if ($current.Length -gt 0) { $lines.Add($prefix + $current) }
    , $lines.ToArray()
}

function Add-AboutWrapped($Out, [string] $Text, [string] $Marker) {
    # Prose at 4 columns; a list item hangs its marker at 4 and its text at 6.
    if ($Marker) {
        $wrapped = Format-WrappedText -Text $Text -Indent 6
        if ($wrapped.Count -eq 0) { $wrapped = @('      ') }
        $wrapped[0] = '    ' + $Marker.PadRight(2) + $wrapped[0].Substring(6)
    }
    else { $wrapped = Format-WrappedText -Text $Text -Indent 4 }
    foreach ($l in $wrapped) { $Out.Add($l) }
    $Out.Add('')
}

function Add-AboutHeading($Out, $Block, [string] $Source) {
    $title = Get-HeadingTitle $Block $Source
    if ($Block.Level -eq 1) { $Out.Add('TOPIC'); $Out.Add('    ' + $title); $Out.Add('') }
    elseif ($Block.Level -eq 2) { $Out.Add($title.ToUpperInvariant()) }
    else { $Out.Add('    ' + $title.ToUpperInvariant()); $Out.Add('') }
}

function Add-AboutBlock($Out, $Block, [string] $Source, [string] $Marker) {
    switch ($Block.GetType().Name) {
        'HeadingBlock' { Add-AboutHeading $Out $Block $Source }
        'ParagraphBlock' {
            $lines = @(Get-BlockLine $Block $Source)
            if ($lines[0] -match '^\s*\|') { foreach ($l in $lines) { $Out.Add('    ' + $l.Trim()) }; $Out.Add('') }  # a table, as written
            else { Add-AboutWrapped $Out (ConvertTo-InlineText $Block.Inline $Source) $Marker }
        }
        { $_ -in 'FencedCodeBlock', 'CodeBlock' } {
            foreach ($l in (Get-BlockLine $Block)) { $l = $l.TrimEnd(); $Out.Add($(if ($l) { '        ' + $l } else { '' })) }
            $Out.Add('')
        }
        'ListBlock' {
            foreach ($item in $Block) {
                $itemMarker = Get-ListItemMarker $Block $item
                foreach ($child in $item) { Add-AboutBlock $Out $child $Source $itemMarker; $itemMarker = $null }
            }
        }
        { $_ -in 'LinkReferenceDefinitionGroup', 'YamlFrontMatterBlock' } { }
        default {
            if ($Block -is [System.Collections.IEnumerable]) { foreach ($child in $Block) { Add-AboutBlock $Out $child $Source $null } }
            else { Add-AboutWrapped $Out (((Get-SourceText $Block $Source) -split "`n" | ForEach-Object { $_.Trim() }) -join ' ') $null }
        }
    }
}

function ConvertTo-LiveDeskAboutHelp {
    <#
    .SYNOPSIS
    Converts an about_*.md topic to the plain-text about_*.help.txt format.
    .DESCRIPTION
    '# about_Topic' becomes the TOPIC header, '## Heading' an upper-case heading at column 0,
    '### Heading' a heading indented by 4, prose is wrapped at 80 columns and indented by 4,
    list items hang, fenced code is indented by 8 and kept verbatim, tables are kept verbatim.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [string] $Path)
    $parsed = Read-MarkdownFile -Path $Path
    $headings = @($parsed.Document | Where-Object { $_.GetType().Name -eq 'HeadingBlock' })
    $first = if ($headings.Count) { $headings[0] }
    $topic = if ($null -ne $first -and $first.Level -eq 1) { Get-HeadingTitle $first $parsed.Text }
    if (-not $topic -or $topic -notmatch '^about_') { throw "$Path must start with '# about_<Topic>'." }
    $out = New-Object System.Collections.Generic.List[string]
    foreach ($block in $parsed.Document) { Add-AboutBlock $out $block $parsed.Text $null }
    $text = ($out -join "`n") -replace "`n{3,}", "`n`n"   # collapse runs of blank lines
    $text.TrimEnd() + "`n"
}
