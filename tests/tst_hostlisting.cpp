// The organization's host listing read into compact hosts (issue 22): what matching and the fleet join
// read is kept exactly, the rest is dropped, and a listing that is not the API's JSON is refused whole.
#include "hostlisting.h"
#include "machinekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mi;

namespace {

QJsonObject fullHost(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("ip-10-0-1-5")},
        {QStringLiteral("displayName"), QStringLiteral("web 1")},
        {QStringLiteral("customIdentifier"), QStringLiteral("i-0abc.ec2.amazonaws.com")},
        {QStringLiteral("status"), QStringLiteral("working")},
        {QStringLiteral("memo"), QStringLiteral("a long memo nobody here reads")},
        {QStringLiteral("isRetired"), false},
        {QStringLiteral("createdAt"), 1700000000},
        {QStringLiteral("roles"), QJsonObject{{QStringLiteral("shop"), QJsonArray{QStringLiteral("web")}}}},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("agent-version"), QStringLiteral("0.85.0")},
                     {QStringLiteral("cpu"), QJsonArray{QJsonObject{{QStringLiteral("model_name"), QStringLiteral("Xeon")}}}},
                     {QStringLiteral("cloud"),
                      QJsonObject{{QStringLiteral("provider"), QStringLiteral("ec2")},
                                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("instance-id"), QStringLiteral("i-0abc")},
                                                                           {QStringLiteral("ami-id"), QStringLiteral("ami-1")}}}}}}},
        {QStringLiteral("interfaces"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ens5")},
                                {QStringLiteral("macAddress"), QStringLiteral("06:00:00:00:00:01")},
                                {QStringLiteral("ipv4Addresses"), QJsonArray{QStringLiteral("10.0.1.5")}},
                                {QStringLiteral("ipAddress"), QStringLiteral("10.0.1.5")}}}},
    };
}

QByteArray listing(const QJsonArray &hosts)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("hosts"), hosts}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHostListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsWhatTheJoinReads();
    void parsesListings_data();
    void parsesListings();
};

void TestHostListing::keepsWhatTheJoinReads()
{
    const QJsonObject object = fullHost(QStringLiteral("A1"));
    const MackerelHost full = *MackerelHost::fromJson(object);
    QList<MackerelHost> hosts;
    QVERIFY(parseHostListing(listing({object}), &hosts));
    QCOMPARE(hosts.size(), 1);
    const MackerelHost &listed = hosts.constFirst();
    // Everything a verdict, a report or the join reads is the same as the whole host's.
    QCOMPARE(listed.summaryJson(), full.summaryJson());
    const MachineKeys keys = MachineKeys::fromHost(listed.name, listed.customIdentifier, listed.meta, listed.interfaces);
    const MachineKeys fullKeys = MachineKeys::fromHost(full.name, full.customIdentifier, full.meta, full.interfaces);
    QCOMPARE(keys.instanceKeys, fullKeys.instanceKeys);
    QCOMPARE(keys.macAddresses, fullKeys.macAddresses);
    QCOMPARE(keys.ipAddresses, fullKeys.ipAddresses);
    QCOMPARE(listed.roles, full.roles);
    // The rest is not kept.
    QVERIFY(listed.raw.isEmpty());
    QVERIFY(listed.memo.isEmpty());
    QVERIFY(!listed.meta.contains(QStringLiteral("cpu")));
    QVERIFY(!listed.meta.value(QStringLiteral("cloud")).toObject().value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("ami-id")));
    QVERIFY(!listed.interfaces.at(0).toObject().contains(QStringLiteral("name")));
}

void TestHostListing::parsesListings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("hosts"); // -1: refused
    const QByteArray one = QJsonDocument(fullHost(QStringLiteral("A1"))).toJson(QJsonDocument::Compact);
    const QByteArray two = QJsonDocument(fullHost(QStringLiteral("B2"))).toJson(QJsonDocument::Compact);
    QTest::newRow("empty list") << QByteArray(R"({"hosts":[]})") << 0;
    QTest::newRow("two hosts") << QByteArray(R"({"hosts":[)" + one + "," + two + "]}") << 2;
    QTest::newRow("indented, other members around")
        << QByteArray("{\n  \"next\": null,\n  \"hosts\" : [\n " + one + " ,\n " + two + "\n ],\n \"x\": {\"y\": [1, \"]\"]}\n}\n") << 2;
    QTest::newRow("escaped member name") << QByteArray(R"({"ho\u0073ts":[)" + one + "]}") << 1;
    QTest::newRow("strings with brackets and quotes")
        << QByteArray(R"({"hosts":[{"id":"C3","name":"a]}\"[{","memo":"\\"}]})") << 1;
    QTest::newRow("not an object") << QByteArray(R"([{"id":"A1"}])") << -1;
    QTest::newRow("no hosts member") << QByteArray(R"({"host":[]})") << -1;
    QTest::newRow("hosts not an array") << QByteArray(R"({"hosts":{}})") << -1;
    QTest::newRow("an element without id") << QByteArray(R"({"hosts":[{"name":"x"}]})") << -1;
    QTest::newRow("an element not an object") << QByteArray(R"({"hosts":["A1"]})") << -1;
    QTest::newRow("cut off") << QByteArray(R"({"hosts":[)" + one.left(one.size() / 2)) << -1;
    QTest::newRow("cut off after the array") << QByteArray(R"({"hosts":[)" + one + "]") << -1;
    QTest::newRow("trailing garbage") << QByteArray(R"({"hosts":[]} x)") << -1;
    QTest::newRow("trailing comma") << QByteArray(R"({"hosts":[)" + one + ",]}") << -1;
    QTest::newRow("bad member value") << QByteArray(R"({"x": tru, "hosts":[]})") << -1;
    QTest::newRow("bad JSON inside a host") << QByteArray(R"({"hosts":[{"id":"A1","n":01}]})") << -1;
    QTest::newRow("HTML") << QByteArray("<html><body>502</body></html>") << -1;
    QTest::newRow("empty body") << QByteArray() << -1;
    QTest::newRow("deeply nested") << QByteArray(R"({"hosts":[{"id":"A1","x":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}") << -1;
}

void TestHostListing::parsesListings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, hosts);
    QList<MackerelHost> parsed{MackerelHost()};
    const bool ok = parseHostListing(body, &parsed);
    QCOMPARE(ok, hosts >= 0);
    QCOMPARE(int(parsed.size()), qMax(hosts, 0));
    // Where QJsonDocument takes the body whole, the verdict and the hosts are the same.
    const QJsonDocument whole = QJsonDocument::fromJson(body);
    if (ok) {
        const QJsonArray array = whole.object().value(QStringLiteral("hosts")).toArray();
        QCOMPARE(int(array.size()), hosts);
        for (int i = 0; i < hosts; ++i)
            QCOMPARE(parsed.at(i).id, array.at(i).toObject().value(QStringLiteral("id")).toString());
    }
}

QTEST_GUILESS_MAIN(TestHostListing)
#include "tst_hostlisting.moc"
