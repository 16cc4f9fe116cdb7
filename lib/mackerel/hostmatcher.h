#pragma once

#include "mackerelapiclient.h"
#include "matchreport.h"

#include <QObject>
#include <QPointer>

namespace mi {

// Runs the agent's host decision against the API: reads the id file, then (in parallel) gets the host
// it names and searches the customIdentifier the way the agent does, and decides with decideMatch().
// Where the verdict calls for a remedy (mismatch, missing-host, retired-host, id-file-directory, or
// create while the machine's keys are given), it also lists the organization's hosts (one read): for
// lookalikes, hosts that share the cloud instance or a MAC address, next to which the agent would create
// a duplicate; and to check the remedy (adviseRemedy) by running the decision again on the changed
// inputs. Nothing is changed on Mackerel or on disk.
//
// Asynchronous: start() returns at once; finished() is emitted once, from the event loop. The client
// is not owned and must outlive the matcher. Starting again cancels the run in progress.
class HostMatcher : public QObject
{
    Q_OBJECT
public:
    explicit HostMatcher(MackerelApiClient *client, QObject *parent = nullptr);
    ~HostMatcher() override;

    void start(const QString &customIdentifier, const QString &idFilePath, const MachineKeys &localKeys = MachineKeys());
    void cancel();

Q_SIGNALS:
    void finished(const mi::MatchReport &report);

private:
    void maybeFinish();
    void onListed(const MackerelApiResult &result);

    QPointer<MackerelApiClient> m_client;
    QPointer<MackerelApiCall> m_byId;
    QPointer<MackerelApiCall> m_byIdentifier;
    QPointer<MackerelApiCall> m_listing;
    MachineKeys m_localKeys;
    MatchReport m_report;
    MatchFacts m_facts;
    int m_pending = 0;
    quint64 m_run = 0;
};

} // namespace mi
