#include "fleetplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace mi {

namespace {
struct FleetPlanText
{
    Q_DECLARE_TR_FUNCTIONS(FleetPlan)
};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A host registered by an integration or sackerel is registered again by them: retiring it rests on
// how they behave then, which no API document states.
bool retirable(const FleetHost &host)
{
    return host.source == HostSource::Agent || host.source == HostSource::Api;
}

} // namespace

QString fleetPlanStepKindName(FleetPlanStepKind kind)
{
    switch (kind) {
    case FleetPlanStepKind::MoveIdFile: return QStringLiteral("move-id-file");
    case FleetPlanStepKind::RestartAgent: return QStringLiteral("restart-agent");
    case FleetPlanStepKind::Verify: return QStringLiteral("verify");
    case FleetPlanStepKind::RetireHost: return QStringLiteral("retire-host");
    case FleetPlanStepKind::Manual: return QStringLiteral("manual");
    }
    return QString();
}

std::optional<FleetPlanStepKind> parseFleetPlanStepKind(const QString &name)
{
    for (FleetPlanStepKind kind : {FleetPlanStepKind::MoveIdFile, FleetPlanStepKind::RestartAgent, FleetPlanStepKind::Verify,
                                   FleetPlanStepKind::RetireHost, FleetPlanStepKind::Manual}) {
        if (fleetPlanStepKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString fleetPlanExpectName(FleetPlanExpect expect)
{
    switch (expect) {
    case FleetPlanExpect::Attach: return QStringLiteral("attach");
    case FleetPlanExpect::Create: return QStringLiteral("create");
    case FleetPlanExpect::AgentOnHost: return QStringLiteral("agent-on-host");
    }
    return QString();
}

std::optional<FleetPlanExpect> parseFleetPlanExpect(const QString &name)
{
    for (FleetPlanExpect expect : {FleetPlanExpect::Attach, FleetPlanExpect::Create, FleetPlanExpect::AgentOnHost}) {
        if (fleetPlanExpectName(expect) == name)
            return expect;
    }
    return std::nullopt;
}

QByteArray fleetPlanHostDigestInput(const MackerelHost &host)
{
    const QJsonArray fields{host.id,
                            host.name,
                            host.displayName,
                            host.status,
                            host.isRetired,
                            host.customIdentifier,
                            host.agentVersion(),
                            host.cloudProvider(),
                            QJsonArray::fromStringList(host.roleFullnames())};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString fleetPlanHostDigest(const MackerelHost &host)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(fleetPlanHostDigestInput(host), QCryptographicHash::Sha256).toHex());
}

FleetPlanHost FleetPlanHost::read(const MackerelHost &host)
{
    FleetPlanHost read;
    read.id = host.id;
    read.name = host.name;
    read.status = host.status;
    read.customIdentifier = host.customIdentifier;
    read.retired = host.isRetired;
    read.digest = fleetPlanHostDigest(host);
    return read;
}

QJsonObject FleetPlanHost::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("customIdentifier"), stringOrNull(customIdentifier)},
                       {QStringLiteral("retired"), retired},
                       {QStringLiteral("digest"), digest}};
}

QJsonObject FleetPlanStep::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), fleetPlanStepKindName(kind)}};
    switch (kind) {
    case FleetPlanStepKind::MoveIdFile:
        object.insert(QStringLiteral("path"), path);
        break;
    case FleetPlanStepKind::RestartAgent:
        break;
    case FleetPlanStepKind::Verify:
        object.insert(QStringLiteral("expect"), fleetPlanExpectName(expect));
        object.insert(QStringLiteral("hostId"), stringOrNull(hostId));
        object.insert(QStringLiteral("customIdentifier"), stringOrNull(customIdentifier));
        break;
    case FleetPlanStepKind::RetireHost:
        object.insert(QStringLiteral("hostId"), hostId);
        break;
    case FleetPlanStepKind::Manual:
        object.insert(QStringLiteral("reason"), reason);
        break;
    }
    return object;
}

const FleetPlanHost *FleetPlanMachine::host(const QString &id) const
{
    for (const FleetPlanHost &candidate : hosts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QJsonObject FleetPlanMachine::toJson() const
{
    QJsonArray hostArray, stepArray;
    for (const FleetPlanHost &item : hosts)
        hostArray.append(item.toJson());
    for (const FleetPlanStep &step : steps)
        stepArray.append(step.toJson());
    return QJsonObject{{QStringLiteral("machine"), machine},
                       {QStringLiteral("verdict"), verdict},
                       {QStringLiteral("inventoryHost"), stringOrNull(inventoryHost)},
                       {QStringLiteral("hosts"), hostArray},
                       {QStringLiteral("steps"), stepArray},
                       {QStringLiteral("blocked"), stringOrNull(blocked)}};
}

QStringList FleetPlan::hostsToRetire() const
{
    QStringList ids;
    for (const FleetPlanMachine &machine : machines) {
        for (const FleetPlanStep &step : machine.steps) {
            if (step.kind == FleetPlanStepKind::RetireHost)
                ids << step.hostId;
        }
    }
    return ids;
}

int FleetPlan::automaticMachines() const
{
    int count = 0;
    for (const FleetPlanMachine &machine : machines)
        count += machine.automatic() ? 1 : 0;
    return count;
}

QJsonObject FleetPlan::toJson() const
{
    QJsonArray machineArray;
    for (const FleetPlanMachine &machine : machines)
        machineArray.append(machine.toJson());
    return QJsonObject{{QStringLiteral("version"), Version},
                       {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("reports"), QJsonArray::fromStringList(reports)},
                       {QStringLiteral("machines"), machineArray}};
}

namespace {

void manual(FleetPlanMachine &entry, const QString &reason)
{
    entry.blocked = reason;
    FleetPlanStep step;
    step.kind = FleetPlanStepKind::Manual;
    step.reason = reason;
    entry.steps = {step};
}

// Move the id file aside and restart the agent: at its start the agent finds its host again by
// customIdentifier, or registers one.
void restartSteps(FleetPlanMachine &entry, const FleetReport &report)
{
    FleetPlanStep move;
    move.kind = FleetPlanStepKind::MoveIdFile;
    move.path = report.idFile.path;
    FleetPlanStep restart;
    restart.kind = FleetPlanStepKind::RestartAgent;
    entry.steps << move << restart;
}

FleetPlanMachine planMachine(const FleetMachine &machine)
{
    FleetPlanMachine entry;
    entry.machine = machine.displayName();
    entry.verdict = fleetVerdictName(machine.verdict);
    if (machine.report)
        entry.inventoryHost = machine.report->inventoryName;
    for (const FleetHost &host : machine.hosts)
        entry.hosts << FleetPlanHost::read(host.host);

    if (!machine.report) {
        manual(entry, FleetPlanText::tr("No report from this machine, so the plan knows neither its inventory name nor its id "
                                        "file: run contrib/ansible/inspect.yml on it, then plan again. %1")
                          .arg(machine.advice));
        return entry;
    }
    const FleetReport &report = *machine.report;

    switch (machine.verdict) {
    case FleetVerdict::Mismatch:
    case FleetVerdict::MissingHost: {
        if (report.idFile.path.isEmpty()) {
            manual(entry, FleetPlanText::tr("The report does not say where the id file is. %1").arg(machine.advice));
            return entry;
        }
        // Apply carries out one remedy only: the id file moved aside, and the agent's decision (checked
        // when the audit advised it) ends on attach or a clean create. Anything else is the operator's.
        if (!machine.remedy || machine.remedy->action() != QLatin1String("move-id-file-aside")) {
            manual(entry, FleetPlanText::tr("The checked remedy is not moving the id file aside. %1").arg(machine.advice));
            return entry;
        }
        restartSteps(entry, report);
        FleetPlanStep verify;
        verify.kind = FleetPlanStepKind::Verify;
        verify.customIdentifier = report.customIdentifier;
        const FleetPlanHost *keep = entry.host(machine.remedy->endHostId);
        if (machine.remedy->endVerdict == MatchVerdict::Attach && keep) {
            verify.expect = FleetPlanExpect::Attach;
            verify.hostId = keep->id;
        } else if (machine.remedy->endVerdict == MatchVerdict::Create) {
            verify.expect = FleetPlanExpect::Create;
        } else {
            entry.steps.clear();
            manual(entry, FleetPlanText::tr("The host the agent would attach to is not one this plan records. %1").arg(machine.advice));
            return entry;
        }
        entry.steps << verify;
        return entry;
    }
    case FleetVerdict::RetiredHost:
        // What the service does with an agent reporting to a retired host is undocumented: nothing runs
        // on the machine unattended.
        manual(entry, FleetPlanText::tr("The id file names a retired host, whose handling by the service is undocumented: "
                                        "move it aside by hand, watching the agent's log. %1")
                          .arg(machine.advice));
        return entry;
    case FleetVerdict::IdFileDirectory:
        manual(entry, FleetPlanText::tr("A directory stands at the id file's path; apply moves only id files. %1").arg(machine.advice));
        return entry;
    case FleetVerdict::Duplicate: {
        if (report.customIdentifier.isEmpty()) {
            manual(entry, FleetPlanText::tr("The agent on %1 detects no cloud (platform %2), so restarting it cannot make it find "
                                            "the right host; no host is retired while the machine is not fixed. %3")
                              .arg(entry.machine, report.platform, machine.advice));
            return entry;
        }
        const FleetHost *keep = nullptr;
        QList<const FleetHost *> others;
        for (const FleetHost &host : machine.hosts) {
            if (!keep && host.host.customIdentifier == report.customIdentifier)
                keep = &host;
            else
                others << &host;
        }
        if (!keep) {
            manual(entry, FleetPlanText::tr("No live host carries the machine's customIdentifier %1 for the agent to attach to. %2")
                              .arg(report.customIdentifier, machine.advice));
            return entry;
        }
        if (others.size() != 1) {
            manual(entry, FleetPlanText::tr("%1 hosts besides %2: apply retires at most one host a machine; retire the others "
                                            "by hand, then plan again. %3")
                              .arg(others.size())
                              .arg(keep->host.id, machine.advice));
            return entry;
        }
        const FleetHost *redundant = others.constFirst();
        if (!retirable(*redundant)) {
            manual(entry, FleetPlanText::tr("Host %1 was registered by %2, which registers it again by its own rules; retiring it "
                                            "rests on behaviour the API documents do not state. %3")
                              .arg(redundant->host.id, hostSourceName(redundant->source), machine.advice));
            return entry;
        }
        const bool attached = report.idFile.state == HostIdFile::State::Present && report.idFile.hostId == keep->host.id;
        if (!attached) {
            if (report.idFile.path.isEmpty()) {
                manual(entry, FleetPlanText::tr("The report does not say where the id file is. %1").arg(machine.advice));
                return entry;
            }
            restartSteps(entry, report);
        }
        FleetPlanStep verify;
        verify.kind = FleetPlanStepKind::Verify;
        verify.expect = FleetPlanExpect::AgentOnHost;
        verify.hostId = keep->host.id;
        verify.customIdentifier = report.customIdentifier;
        FleetPlanStep retire;
        retire.kind = FleetPlanStepKind::RetireHost;
        retire.hostId = redundant->host.id;
        entry.steps << verify << retire;
        return entry;
    }
    case FleetVerdict::IdentifierMissing:
        manual(entry, FleetPlanText::tr("No automatic remedy: the host lacks the customIdentifier the agent sends only when it "
                                        "detects its cloud. %1")
                          .arg(machine.advice));
        return entry;
    default:
        return entry;
    }
}

} // namespace

FleetPlan makeFleetPlan(const FleetAudit &audit, const QStringList &reports, const QDateTime &createdAt)
{
    FleetPlan plan;
    plan.createdAt = createdAt.toUTC();
    plan.reports = reports;
    for (const FleetMachine &machine : audit.machines) {
        if (!isFleetProblem(machine.verdict) && machine.verdict != FleetVerdict::IdentifierMissing)
            continue;
        plan.machines << planMachine(machine);
    }
    return plan;
}

QString fleetPlanStepText(const FleetPlanStep &step)
{
    switch (step.kind) {
    case FleetPlanStepKind::MoveIdFile:
        return FleetPlanText::tr("move the id file %1 aside (kept as %1.copied-<time>)").arg(step.path);
    case FleetPlanStepKind::RestartAgent:
        return FleetPlanText::tr("restart the agent (mackerel_agent_restart)");
    case FleetPlanStepKind::Verify:
        switch (step.expect) {
        case FleetPlanExpect::Attach:
            return FleetPlanText::tr("check that the id file names host %1, live, carrying %2").arg(step.hostId, step.customIdentifier);
        case FleetPlanExpect::Create:
            return step.customIdentifier.isEmpty()
                ? FleetPlanText::tr("check that the id file names a new live host")
                : FleetPlanText::tr("check that the id file names a new live host carrying %1").arg(step.customIdentifier);
        case FleetPlanExpect::AgentOnHost:
            return FleetPlanText::tr("check that host %1 shows the agent (meta agent-version, metric loadavg5)").arg(step.hostId);
        }
        break;
    case FleetPlanStepKind::RetireHost:
        return FleetPlanText::tr("read host %1 again and, unchanged, retire it").arg(step.hostId);
    case FleetPlanStepKind::Manual:
        return step.reason;
    }
    return QString();
}

bool writeFleetPlanFile(const FleetPlan &plan, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = FleetPlanText::tr("cannot write the plan %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool readString(const QJsonObject &object, const QString &key, bool nullable, QString *out, QString *error,
                const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        *out = value.toString();
        if (!out->isEmpty() || nullable)
            return true;
    }
    if (nullable && value.isNull()) {
        out->clear();
        return true;
    }
    return fail(error, FleetPlanText::tr("%1: \"%2\" must be %3").arg(where, key, nullable ? FleetPlanText::tr("a string or null")
                                                                                          : FleetPlanText::tr("a non-empty string")));
}

bool parseHost(const QJsonValue &value, FleetPlanHost *host, QString *error, const QString &where)
{
    if (!value.isObject())
        return fail(error, FleetPlanText::tr("%1: a host must be an object").arg(where));
    const QJsonObject object = value.toObject();
    if (!readString(object, QStringLiteral("id"), false, &host->id, error, where)
        || !readString(object, QStringLiteral("name"), true, &host->name, error, where)
        || !readString(object, QStringLiteral("status"), true, &host->status, error, where)
        || !readString(object, QStringLiteral("customIdentifier"), true, &host->customIdentifier, error, where)
        || !readString(object, QStringLiteral("digest"), false, &host->digest, error, where))
        return false;
    if (!object.value(QStringLiteral("retired")).isBool())
        return fail(error, FleetPlanText::tr("%1: \"retired\" must be true or false").arg(where));
    host->retired = object.value(QStringLiteral("retired")).toBool();
    return true;
}

bool parseStep(const QJsonValue &value, FleetPlanStep *step, QString *error, const QString &where)
{
    if (!value.isObject())
        return fail(error, FleetPlanText::tr("%1: a step must be an object").arg(where));
    const QJsonObject object = value.toObject();
    const auto kind = parseFleetPlanStepKind(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(error, FleetPlanText::tr("%1: unknown step kind").arg(where));
    step->kind = *kind;
    switch (*kind) {
    case FleetPlanStepKind::MoveIdFile:
        return readString(object, QStringLiteral("path"), false, &step->path, error, where);
    case FleetPlanStepKind::RestartAgent:
        return true;
    case FleetPlanStepKind::Verify: {
        const auto expect = parseFleetPlanExpect(object.value(QStringLiteral("expect")).toString());
        if (!expect)
            return fail(error, FleetPlanText::tr("%1: unknown \"expect\"").arg(where));
        step->expect = *expect;
        if (!readString(object, QStringLiteral("hostId"), *expect == FleetPlanExpect::Create, &step->hostId, error, where)
            || !readString(object, QStringLiteral("customIdentifier"), *expect != FleetPlanExpect::AgentOnHost,
                           &step->customIdentifier, error, where))
            return false;
        return true;
    }
    case FleetPlanStepKind::RetireHost:
        return readString(object, QStringLiteral("hostId"), false, &step->hostId, error, where);
    case FleetPlanStepKind::Manual:
        return readString(object, QStringLiteral("reason"), false, &step->reason, error, where);
    }
    return false;
}

// The order apply relies on: machine steps, then one verify, then at most one retire.
bool checkSteps(const FleetPlanMachine &machine, QString *error, const QString &where)
{
    if (!machine.blocked.isEmpty()) {
        for (const FleetPlanStep &step : machine.steps) {
            if (step.kind != FleetPlanStepKind::Manual)
                return fail(error, FleetPlanText::tr("%1: a blocked machine has only manual steps").arg(where));
        }
        return true;
    }
    if (machine.steps.isEmpty())
        return fail(error, FleetPlanText::tr("%1: neither steps nor a reason it is blocked").arg(where));
    int stage = -1; // 0 move, 1 restart, 2 verify, 3 retire
    bool verified = false;
    QString keptId, retiredId;
    for (const FleetPlanStep &step : machine.steps) {
        int at = 0;
        switch (step.kind) {
        case FleetPlanStepKind::MoveIdFile: at = 0; break;
        case FleetPlanStepKind::RestartAgent: at = 1; break;
        case FleetPlanStepKind::Verify: at = 2; verified = true; break;
        case FleetPlanStepKind::RetireHost: at = 3; break;
        case FleetPlanStepKind::Manual:
            return fail(error, FleetPlanText::tr("%1: a manual step in a machine that is not blocked").arg(where));
        }
        if (at <= stage)
            return fail(error, FleetPlanText::tr("%1: steps out of order or repeated").arg(where));
        stage = at;
        if (step.kind == FleetPlanStepKind::Verify)
            keptId = step.hostId;
        if (step.kind == FleetPlanStepKind::RetireHost) {
            retiredId = step.hostId;
            if (!verified)
                return fail(error, FleetPlanText::tr("%1: a retire before its verify").arg(where));
            if (!machine.host(step.hostId))
                return fail(error, FleetPlanText::tr("%1: retires host %2, which the machine does not record").arg(where, step.hostId));
        }
        if (step.kind == FleetPlanStepKind::Verify && step.expect != FleetPlanExpect::Create && !machine.host(step.hostId))
            return fail(error, FleetPlanText::tr("%1: verifies host %2, which the machine does not record").arg(where, step.hostId));
        if (step.onMachine() && machine.inventoryHost.isEmpty())
            return fail(error, FleetPlanText::tr("%1: steps on the machine without an inventory host").arg(where));
    }
    if (!verified)
        return fail(error, FleetPlanText::tr("%1: no verify step").arg(where));
    if (!retiredId.isEmpty() && retiredId == keptId)
        return fail(error, FleetPlanText::tr("%1: retires the host it keeps").arg(where));
    return true;
}

} // namespace

std::optional<FleetPlan> parseFleetPlan(const QByteArray &data, QString *error)
{
    if (data.size() > FleetPlanMaxBytes) {
        fail(error, FleetPlanText::tr("the plan is larger than %1 MiB").arg(FleetPlanMaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, FleetPlanText::tr("not a JSON object (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.value(QStringLiteral("version")).isDouble() || root.value(QStringLiteral("version")).toDouble() != FleetPlan::Version) {
        fail(error, FleetPlanText::tr("not a version %1 plan of mackerel-inspector").arg(FleetPlan::Version));
        return std::nullopt;
    }
    FleetPlan plan;
    plan.createdAt = QDateTime::fromString(root.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    if (!plan.createdAt.isValid()) {
        fail(error, FleetPlanText::tr("\"createdAt\" must be an ISO 8601 time"));
        return std::nullopt;
    }
    const QJsonValue reports = root.value(QStringLiteral("reports"));
    if (!reports.isArray()) {
        fail(error, FleetPlanText::tr("\"reports\" must be a list of paths"));
        return std::nullopt;
    }
    for (const QJsonValue &value : reports.toArray()) {
        if (!value.isString() || value.toString().isEmpty()) {
            fail(error, FleetPlanText::tr("\"reports\" must be a list of paths"));
            return std::nullopt;
        }
        plan.reports << value.toString();
    }
    if (!root.value(QStringLiteral("machines")).isArray()) {
        fail(error, FleetPlanText::tr("\"machines\" must be a list"));
        return std::nullopt;
    }
    QSet<QString> inventoryHosts, hostIds;
    int index = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("machines")).toArray()) {
        const QString where = FleetPlanText::tr("machine %1").arg(++index);
        if (!value.isObject()) {
            fail(error, FleetPlanText::tr("%1: must be an object").arg(where));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        FleetPlanMachine machine;
        if (!readString(object, QStringLiteral("machine"), true, &machine.machine, error, where)
            || !readString(object, QStringLiteral("verdict"), false, &machine.verdict, error, where)
            || !readString(object, QStringLiteral("inventoryHost"), true, &machine.inventoryHost, error, where)
            || !readString(object, QStringLiteral("blocked"), true, &machine.blocked, error, where))
            return std::nullopt;
        if (!object.value(QStringLiteral("hosts")).isArray() || !object.value(QStringLiteral("steps")).isArray()) {
            fail(error, FleetPlanText::tr("%1: \"hosts\" and \"steps\" must be lists").arg(where));
            return std::nullopt;
        }
        for (const QJsonValue &hostValue : object.value(QStringLiteral("hosts")).toArray()) {
            FleetPlanHost host;
            if (!parseHost(hostValue, &host, error, where))
                return std::nullopt;
            // One machine a host: apply re-reads and retires by host, never for two machines.
            if (hostIds.contains(host.id)) {
                fail(error, FleetPlanText::tr("%1: host %2 appears in two machines").arg(where, host.id));
                return std::nullopt;
            }
            hostIds.insert(host.id);
            machine.hosts << host;
        }
        for (const QJsonValue &stepValue : object.value(QStringLiteral("steps")).toArray()) {
            FleetPlanStep step;
            if (!parseStep(stepValue, &step, error, where))
                return std::nullopt;
            machine.steps << step;
        }
        if (!checkSteps(machine, error, where))
            return std::nullopt;
        if (!machine.inventoryHost.isEmpty()) {
            if (inventoryHosts.contains(machine.inventoryHost)) {
                fail(error, FleetPlanText::tr("%1: inventory host %2 appears twice").arg(where, machine.inventoryHost));
                return std::nullopt;
            }
            inventoryHosts.insert(machine.inventoryHost);
        }
        plan.machines << machine;
    }
    return plan;
}

} // namespace mi
