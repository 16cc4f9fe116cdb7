#pragma once

#include "firmwareidentifiercheck.h"
#include "hostedon.h"
#include "machinekeys.h"
#include "matchreport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mi {

// What `guard` found before mackerel-agent starts (issue 20). Each finding that keeps the agent from
// starting has its own exit status, so that `systemctl status mackerel-agent` tells which it was.
enum class GuardFinding {
    Clear,             // attach, update, or create with nothing else carrying this machine's identity
    Duplicate,         // create, while a host of this machine exists (firmware identifier, lookalike)
    CopiedIdFile,      // the id file names a host with another customIdentifier: the agent refuses
    OtherMachinesHost, // the id file names a host without customIdentifier that is another machine
    MissingHost,       // the id file names a host the organization does not have: the agent exits
    DetectionFailed,   // the agent would refuse because this machine sends no identifier, while the
                       // firmware agrees with the host (or cannot tell): the id file is this machine's
    Undecided,         // the inspector could not decide (API, key, budget): fail open unless --strict
    IdFileDirectory,   // a directory stands at the id file's path: the agent would register (or find) a host,
                       // fail to save its id and exit, registering another host at every start
};
QString guardFindingName(GuardFinding finding); // "clear", "duplicate", "copied-id-file", "other-machines-host",
                                                // "missing-host", "detection-failed", "undecided",
                                                // "id-file-directory"

// The exit statuses (documented in README.md and the man page).
namespace GuardExit {
inline constexpr int Start = 0;
inline constexpr int Duplicate = 10;
inline constexpr int CopiedIdFile = 11;
inline constexpr int OtherMachinesHost = 12;
inline constexpr int MissingHost = 13;
inline constexpr int DetectionFailed = 14;
inline constexpr int Undecided = 15;   // only with --strict
inline constexpr int MoveFailed = 16;  // told to move the id file aside, and it could not be moved
inline constexpr int IdFileDirectory = 17; // a directory stands at the id file's path
} // namespace GuardExit

enum class GuardAction {
    Start,       // exit 0: the agent starts
    Block,       // exit non-zero: the agent does not start
    MoveIdFile,  // rename the id file to id.copied-<time>, then exit 0
};
QString guardActionName(GuardAction action); // "start", "block", "move-id-file"

struct GuardPolicy
{
    bool warnOnDuplicate = false; // --on-duplicate=warn
    bool fixCopiedId = false;     // --fix-copied-id
    bool fixMissingId = false;    // --fix-missing-id
    bool strict = false;          // --strict
};

// What the decision is made from: `match`'s result and the inspector's own evidence.
struct GuardEvidence
{
    MatchReport match;
    std::optional<FirmwareIdentifierCheck> firmwareCheck; // the firmware's identifier looked up, where it was
    HostedOn hostedOn;                                     // the firmware's view
    QString firmwareCause;   // the cross-check's finding where the agent misses its cloud (its message)
    MachineKeys localKeys;   // this machine: detected instance, firmware instance, live MAC addresses
    QString undecided;       // set when the run could not finish (the budget ran out, a usage of the API failed): why
};

struct GuardDecision
{
    GuardFinding finding = GuardFinding::Undecided;
    GuardAction action = GuardAction::Start;
    int exitStatus = GuardExit::Start;
    QString evidence;     // what shows the id file's host is another machine's: "identifier", "firmware",
                          // "instance", "macAddress"; empty where none
    QList<MackerelHost> duplicates; // Duplicate: the hosts that are already this machine
    QString line;         // the journal line, one line, outside values escaped

    // {"finding","action","exitStatus","evidence","duplicates":[host summary],"line"}
    QJsonObject toJson() const;
};

// Pure: the decision from the evidence and the policy. Never acts; a MoveIdFile decision is carried out
// by the caller (moveIdFileAside), which re-reads the id file first.
GuardDecision decideGuard(const GuardEvidence &evidence, const GuardPolicy &policy);

// Renames `idFile.path` to `<path>.copied-<yyyyMMddTHHmmssZ>` (another suffix where that exists) in the
// same directory, atomically and never over an existing file, only if it still holds
// `idFile.hostId`. Returns the new path, or nothing with *error set. Never deletes anything.
std::optional<QString> moveIdFileAside(const HostIdFile &idFile, const QDateTime &now, QString *error);

// Outside text made safe for one journal line, inside quotes: the backslash and the quote as C escapes
// (\\, \"), then every control and bidirectional character as escapeUntrusted() writes it.
QString guardEscaped(const QString &text);

} // namespace mi
