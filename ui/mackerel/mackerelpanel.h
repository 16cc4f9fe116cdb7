#pragma once

#include "machinekeys.h"
#include "mackerelsession.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
#include <functional>

class QCheckBox;
class QLabel;
class QScrollArea;
class QShortcut;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mi::ui {

class HostComparisonView;

// The Mackerel tab: API base and key (the key masked, never shown), "Check match" with the verdict in
// words and the host it names, then Register or Update, enabled only where the verdict allows it,
// with the field-by-field change shown inline before a confirmation. Results and errors show inline.
class MackerelPanel : public QWidget
{
    Q_OBJECT
public:
    // `identifier` and `payload` give the detected customIdentifier and the host payload when asked.
    MackerelPanel(MackerelSession *session, std::function<QString()> identifier, std::function<QJsonObject()> payload,
                  QWidget *parent = nullptr);

    // The machine's instance as its firmware tells it ("ec2:i-0abc…"; empty: none), added to the keys
    // lookalikes are looked for by, as `match` does: it finds the integration's host where IMDS is blocked.
    void setFirmwareInstanceKey(std::function<QString()> instanceKey) { m_firmwareInstanceKey = std::move(instanceKey); }

    // Enables "Check match" once detection and host specs are there.
    void setReady(bool ready);
    QString verdictText() const;
    // Where the verdict is create: the hosts the agent would create a duplicate next to, one a line.
    QString lookalikesText() const;
    // The firmware's identifier and the host Mackerel holds under it, as `match` shows it; empty when hidden.
    QString firmwareHostText() const;
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *registerButton() const { return m_registerButton; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    // Shown where a create would duplicate a lookalike: the operator's explicit choice to create anyway.
    QCheckBox *createAnywayBox() const { return m_createAnyway; }
    QCheckBox *writeIdFileBox() const { return m_writeIdFile; }
    // Beside the register button: what it does, or why it is not offered.
    QString registerReason() const;
    // "Checked at 12:34:56", after a check.
    QString checkedAtText() const;
    QString outcomeText() const;
    QTableWidget *changesTable() const { return m_changes; }
    HostComparisonView *comparisonView() const { return m_comparison; }

    // The keys a match check looks for lookalikes by: the machine's instance and MAC addresses from the
    // payload it would send, as `match` takes them, and its firmware's instance (may be empty).
    static MachineKeys matchKeys(const QString &identifier, const QJsonObject &payload, const QString &firmwareInstanceKey);

public Q_SLOTS:
    void checkMatch();

private:
    void refresh();
    void applyTypedSettings();
    void showComparison();
    void fillChanges();
    void moveFocus(QWidget *to);
    bool updateChangesNothing() const;

    MackerelSession *m_session;
    std::function<QString()> m_identifier;
    std::function<QJsonObject()> m_payload;
    std::function<QString()> m_firmwareInstanceKey;
    bool m_ready = false;
    bool m_showsReport = false; // the labels show a verdict
    bool m_steerFocus = false;   // the operator started the running step here: focus goes to the next one
    bool m_fieldsEdited = false; // API base or key typed since the last check: no action until the next
    MackerelSession::State m_shownState{};
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_idFile = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkedAt = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_firmwareHost = nullptr;
    QLabel *m_lookalikes = nullptr;
    HostComparisonView *m_comparison = nullptr;
    QCheckBox *m_createAnyway = nullptr;
    QPushButton *m_registerButton = nullptr;
    QLabel *m_registerReason = nullptr;
    QComboBox *m_checks = nullptr; // what an update sends as checks
    QTableWidget *m_changes = nullptr;
    QCheckBox *m_writeIdFile = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QShortcut *m_discardShortcut = nullptr;
    QLabel *m_outcome = nullptr;
};

// A verdict as a headline a person understands without the README.
QString verdictHeadline(const QString &verdictName);

} // namespace mi::ui
