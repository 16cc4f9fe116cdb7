<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display for the window (DISPLAY is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the report in this terminal run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mackerel Inspector window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once detection has finished, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on tab N (1: evidence, 2: cloud metadata, 3: host specs, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — demo: simulated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tab takes a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1; not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANG: %1 (default: the locale&apos;s, LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else en). --json and --csv stay English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Which cloud the agent detects here and the customIdentifier it sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host payload the agent would send (specs, interfaces, roles, checks, cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent would do with this host on Mackerel: attach, create, update, or refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update this host on Mackerel as the agent would, never a duplicate (--dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the organization&apos;s hosts with many machines&apos; reports: duplicates and refusals, ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 (for demos and tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text; `mackerel-inspector &lt;command&gt; --help` lists a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mackerel-inspector [gui] [options]     the window
       mackerel-inspector &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, before installing mackerel-agent, what it would detect and send to Mackerel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global option, in every command and the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANG: en, ja or ko (default: the locale&apos;s; --json and --csv stay English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it anywhere with the built-in simulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the cloud platform and customIdentifier as mackerel-agent does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud to simulate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also serve a simulated Mackerel API (another port) holding --seed&apos;s hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the simulated Mackerel organization holds for this instance: %1 (default agentless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --mackerel: serve the hosts of FILE ({&quot;hosts&quot;: [...]}, as the API lists them) instead of the seed&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate needs --cloud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach: mackerel-agent will adopt the host already registered for this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create: mackerel-agent will register a new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: mackerel-agent will keep using the host in its id file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch: mackerel-agent will refuse to start (custom identifiers mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing host: mackerel-agent will refuse to start (its id file names a host Mackerel does not have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell: the Mackerel API could not be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the instance metadata service, as mackerel-agent would confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by cloud_platform: mackerel-agent skips detection and uses this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata service confirmed a cloud: mackerel-agent sends no cloud metadata and no customIdentifier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::HostSpecView</name>
    <message>
        <source>Search keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the host payload as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the host payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::InspectionSession</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the instance metadata services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection finished: %1 requests. Collecting the host specs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 requests, host payload collected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelPanel</name>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured (%1); type to use another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: type a key, or set MACKEREL_APIKEY or --apikey-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Mackerel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the host id file, as the agent would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host id file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base must be an http(s) URL; keeping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Mackerel what the agent would find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 — name %2%3, status %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, display name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the detection and the host specs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update host %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict does not allow it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host on Mackerel to show what would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change on Mackerel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change on Mackerel. Nothing the host has and this side does not state is taken away. Confirm to send it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 host %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelSession</name>
    <message>
        <source>typed in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote host id %1 to %2, as the agent would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host id file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::MainWindow</name>
    <message>
        <source>Mackerel Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy customIdentifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mackerel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mackerel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking each cloud&apos;s instance metadata service the way mackerel-agent does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the metadata services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the agent sends no customIdentifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none valid: see the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud metadata (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting after the detection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body mackerel-agent would POST to /api/v0/hosts. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mi::ui::ProbeTableModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
