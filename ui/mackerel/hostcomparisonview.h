#pragma once

#include "mackerelhost.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace mi::ui {

// This machine and the host on Mackerel side by side (verdicts attach and update): name, displayName,
// customIdentifier, roles, status and agent version in two columns, then every field an update would
// change (HostUpdatePlan, computed here from the host the check read: no request is made).
class HostComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit HostComparisonView(QWidget *parent = nullptr);

    // `local` is the payload this machine's agent would send.
    void setHosts(const QJsonObject &local, const MackerelHost &remote);
    void clear();

    QTableWidget *sideBySide() const { return m_sideBySide; }
    QTableWidget *differences() const { return m_differences; }

private:
    QTableWidget *m_sideBySide = nullptr;
    QLabel *m_differencesTitle = nullptr;
    QTableWidget *m_differences = nullptr;
    QJsonObject m_local;  // what is shown
    QJsonObject m_remote; // the remote host's raw object
};

} // namespace mi::ui
