<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FleetJoin</name>
    <message numerus="yes">
        <source>%n more shared instance or MAC address(es) kept apart, not listed.</source>
        <translation>
            <numerusform>%n more shared instance or MAC address kept apart, not listed.</numerusform>
            <numerusform>%n more shared instances or MAC addresses kept apart, not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared address(es), not listed</source>
        <translation>
            <numerusform>and %n more shared address, not listed</numerusform>
            <numerusform>and %n more shared addresses, not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared host name(s), not listed</source>
        <translation>
            <numerusform>and %n more shared host name, not listed</numerusform>
            <numerusform>and %n more shared host names, not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostUpdatePlan</name>
    <message numerus="yes">
        <source>the update removes %n check monitor(s) of the host: %1 (one with an open alert stays until the alert is closed)</source>
        <translation>
            <numerusform>the update removes %n check monitor of the host: %1 (one with an open alert stays until the alert is closed)</numerusform>
            <numerusform>the update removes %n check monitors of the host: %1 (one with an open alert stays until the alert is closed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source> (+%n included)</source>
        <translation>
            <numerusform> (+%n included)</numerusform>
            <numerusform> (+%n included)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message numerus="yes">
        <source>Mackerel API: %1 (seed %2, %n host(s))</source>
        <translation>
            <numerusform>Mackerel API: %1 (seed %2, %n host)</numerusform>
            <numerusform>Mackerel API: %1 (seed %2, %n hosts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>Evidence (%n request(s))</source>
        <translation>
            <numerusform>Evidence (%n request)</numerusform>
            <numerusform>Evidence (%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetView</name>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live host(s)</source>
        <translation>
            <numerusform>%n live host</numerusform>
            <numerusform>%n live hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mi::ui::HostComparisonView</name>
    <message numerus="yes">
        <source>An update would change %n field(s) on Mackerel (nothing the host has and this machine does not state is taken away):</source>
        <translation>
            <numerusform>An update would change %n field on Mackerel (nothing the host has and this machine does not state is taken away):</numerusform>
            <numerusform>An update would change %n fields on Mackerel (nothing the host has and this machine does not state is taken away):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelPanel</name>
    <message numerus="yes">
        <source>%n candidate host(s)</source>
        <translation>
            <numerusform>%n candidate host</numerusform>
            <numerusform>%n candidate hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change on Mackerel. Roles are only added, and no field this side leaves empty is cleared. Confirm to send it, or Esc to discard.</source>
        <translation>
            <numerusform>%n field will change on Mackerel. Roles are only added, and no field this side leaves empty is cleared. Confirm to send it, or Esc to discard.</numerusform>
            <numerusform>%n fields will change on Mackerel. Roles are only added, and no field this side leaves empty is cleared. Confirm to send it, or Esc to discard.</numerusform>
        </translation>
    </message>
</context>
</TS>
