#include "cpuspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace mi {

namespace {
struct CpuSpecText
{
    Q_DECLARE_TR_FUNCTIONS(CpuSpec)
};
} // namespace

namespace {

// gopsutil's table of Arm Ltd. part numbers (arch/arm64/kernel/cpuinfo.c).
const QMap<quint64, const char *> &armModelNames()
{
    static const QMap<quint64, const char *> names = {
        {0x810, "ARM810"}, {0x920, "ARM920"}, {0x922, "ARM922"}, {0x926, "ARM926"}, {0x940, "ARM940"},
        {0x946, "ARM946"}, {0x966, "ARM966"}, {0xa20, "ARM1020"}, {0xa22, "ARM1022"}, {0xa26, "ARM1026"},
        {0xb02, "ARM11 MPCore"}, {0xb36, "ARM1136"}, {0xb56, "ARM1156"}, {0xb76, "ARM1176"},
        {0xc05, "Cortex-A5"}, {0xc07, "Cortex-A7"}, {0xc08, "Cortex-A8"}, {0xc09, "Cortex-A9"},
        {0xc0d, "Cortex-A17"}, {0xc0f, "Cortex-A15"}, {0xc0e, "Cortex-A17"}, {0xc14, "Cortex-R4"},
        {0xc15, "Cortex-R5"}, {0xc17, "Cortex-R7"}, {0xc18, "Cortex-R8"}, {0xc20, "Cortex-M0"},
        {0xc21, "Cortex-M1"}, {0xc23, "Cortex-M3"}, {0xc24, "Cortex-M4"}, {0xc27, "Cortex-M7"},
        {0xc60, "Cortex-M0+"}, {0xd01, "Cortex-A32"}, {0xd02, "Cortex-A34"}, {0xd03, "Cortex-A53"},
        {0xd04, "Cortex-A35"}, {0xd05, "Cortex-A55"}, {0xd06, "Cortex-A65"}, {0xd07, "Cortex-A57"},
        {0xd08, "Cortex-A72"}, {0xd09, "Cortex-A73"}, {0xd0a, "Cortex-A75"}, {0xd0b, "Cortex-A76"},
        {0xd0c, "Neoverse-N1"}, {0xd0d, "Cortex-A77"}, {0xd0e, "Cortex-A76AE"}, {0xd13, "Cortex-R52"},
        {0xd20, "Cortex-M23"}, {0xd21, "Cortex-M33"}, {0xd40, "Neoverse-V1"}, {0xd41, "Cortex-A78"},
        {0xd42, "Cortex-A78AE"}, {0xd43, "Cortex-A65AE"}, {0xd44, "Cortex-X1"}, {0xd46, "Cortex-A510"},
        {0xd47, "Cortex-A710"}, {0xd48, "Cortex-X2"}, {0xd49, "Neoverse-N2"}, {0xd4a, "Neoverse-E1"},
        {0xd4b, "Cortex-A78C"}, {0xd4c, "Cortex-X1C"}, {0xd4d, "Cortex-A715"}, {0xd4e, "Cortex-X3"},
        {0xd4f, "Neoverse-V2"}, {0xd81, "Cortex-A720"}, {0xd82, "Cortex-X4"}, {0xd84, "Neoverse-V3"},
        {0xd85, "Cortex-X925"}, {0xd87, "Cortex-A725"}, {0xd8e, "Neoverse-N3"},
    };
    return names;
}

const char *implementerName(quint64 code)
{
    switch (code) {
    case 0x41: return "ARM";
    case 0x42: return "Broadcom";
    case 0x43: return "Cavium";
    case 0x44: return "DEC";
    case 0x46: return "Fujitsu";
    case 0x48: return "HiSilicon";
    case 0x49: return "Infineon";
    case 0x4d: return "Motorola/Freescale";
    case 0x4e: return "NVIDIA";
    case 0x50: return "APM";
    case 0x51: return "Qualcomm";
    case 0x56: return "Marvell";
    case 0x61: return "Apple";
    case 0x69: return "Intel";
    case 0xc0: return "Ampere";
    }
    return nullptr;
}

const char *riscvVendorName(quint64 code)
{
    switch (code) {
    case 0x31e: return "Andes";
    case 0x029: return "Microchip";
    case 0x127: return "MIPS";
    case 0x489: return "SiFive";
    case 0x5b7: return "T-Head";
    }
    return nullptr;
}

// Go's strconv.ParseUint(text, 0, bits): base from the prefix (0x, 0o, 0b, 0), underscores only with a prefix.
std::optional<quint64> parseGoUint(QByteArray text, int bits)
{
    int base = 10;
    if (text.startsWith("0x") || text.startsWith("0X")) {
        base = 16;
        text = text.mid(2);
    } else if (text.startsWith("0o") || text.startsWith("0O")) {
        base = 8;
        text = text.mid(2);
    } else if (text.startsWith("0b") || text.startsWith("0B")) {
        base = 2;
        text = text.mid(2);
    } else if (text.size() > 1 && text.startsWith('0')) {
        base = 8;
        text = text.mid(1);
    }
    if (text.isEmpty() || text.startsWith('+') || text.startsWith('-'))
        return std::nullopt;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, base);
    if (!ok || (bits < 64 && value >= (quint64(1) << bits)))
        return std::nullopt;
    return value;
}

// Go's strconv.ParseInt(text, 10, 64).
std::optional<qint64> parseGoInt(const QByteArray &text)
{
    if (text.isEmpty() || text.contains(' ') || text.contains('\t'))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// Go's strconv.ParseFloat(text, 64) for the decimal forms found in these files.
std::optional<double> parseGoFloat(const QByteArray &text)
{
    if (text.isEmpty() || text.contains(' ') || text.contains('\t'))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Go's strconv.FormatFloat(value, 'f', -1, 64): the shortest digits that read back the same, no exponent.
QString formatGoFloat(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

struct Processor
{
    int cpu = -1;
    QString vendorId, model, physicalId, coreId, modelName, family;
    qint64 stepping = 0;
    qint64 cacheSize = 0;
    double mhz = 0;
};

// gopsutil's finishCPUInfo: core_id from topology when cpuinfo has none; mhz from cpufreq's maximum.
void finishProcessor(Processor &processor, const SysFileReader &readSys)
{
    const QString base = QStringLiteral("devices/system/cpu/cpu%1/").arg(processor.cpu);
    if (processor.coreId.isEmpty()) {
        if (const auto coreId = readSys(base + QStringLiteral("topology/core_id")))
            processor.coreId = QString::fromUtf8(coreId->split('\n').constFirst());
    }
    const auto maxFreq = readSys(base + QStringLiteral("cpufreq/cpuinfo_max_freq"));
    if (!maxFreq)
        return;
    const auto value = parseGoFloat(maxFreq->split('\n').constFirst());
    if (!value)
        return;
    processor.mhz = *value / 1000.0; // kHz
    if (processor.mhz > 9999)
        processor.mhz /= 1000.0; // the file was in Hz
}

QJsonObject processorJson(const Processor &processor)
{
    return QJsonObject{
        {QStringLiteral("vendor_id"), processor.vendorId},
        {QStringLiteral("model"), processor.model},
        {QStringLiteral("stepping"), QString::number(qint32(processor.stepping))},
        {QStringLiteral("physical_id"), processor.physicalId},
        {QStringLiteral("core_id"), processor.coreId},
        {QStringLiteral("cache_size"), QStringLiteral("%1 KB").arg(qint32(processor.cacheSize))},
        {QStringLiteral("model_name"), processor.modelName},
        {QStringLiteral("family"), processor.family},
        {QStringLiteral("cores"), QStringLiteral("1")},
        {QStringLiteral("mhz"), formatGoFloat(processor.mhz)},
    };
}

} // namespace

std::optional<QJsonArray> parseCpuInfo(const QByteArray &cpuinfo, const SysFileReader &readSys, QString *error)
{
    QJsonArray result;
    QString processorName; // "Processor:" of old Arm kernels names every processor
    Processor current;
    const QList<QByteArray> lines = cpuinfo.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const QString text = QString::fromUtf8(value);

        if (key == "Processor") {
            processorName = text;
        } else if (key == "processor" || key == "cpu number") {
            if (current.cpu >= 0) {
                finishProcessor(current, readSys);
                result.append(processorJson(current));
            }
            current = Processor();
            current.modelName = processorName;
            const auto number = parseGoInt(value);
            if (!number) {
                *error = CpuSpecText::tr("processor number \"%1\" is not a number").arg(text);
                return std::nullopt;
            }
            current.cpu = int(*number);
        } else if (key == "vendorId" || key == "vendor_id") {
            current.vendorId = text;
            if (text.contains(QLatin1String("S390")))
                processorName = QStringLiteral("S390");
        } else if (key == "mvendorid") {
            if (value.startsWith("0x")) {
                bool ok = false;
                const quint64 code = value.mid(2).toULongLong(&ok, 16);
                if (ok && code <= 0xffffffffu && riscvVendorName(code))
                    current.vendorId = QLatin1String(riscvVendorName(code));
            }
        } else if (key == "CPU implementer") {
            if (const auto code = parseGoUint(value, 8); code && implementerName(*code))
                current.vendorId = QLatin1String(implementerName(*code));
        } else if (key == "cpu family" || key == "marchid") {
            current.family = text;
        } else if (key == "model" || key == "CPU part" || key == "mimpid") {
            current.model = text;
            if (current.vendorId == QLatin1String("ARM")) {
                if (const auto part = parseGoUint(value, 16)) {
                    const auto it = armModelNames().constFind(*part);
                    current.modelName = it != armModelNames().cend() ? QLatin1String(it.value()) : QStringLiteral("Undefined");
                }
            }
        } else if (key == "Model Name" || key == "model name" || key == "cpu" || key == "uarch") {
            current.modelName = text;
            if (text.contains(QLatin1String("POWER"))) {
                current.model = text.section(QLatin1Char(' '), 0, 0);
                current.family = QStringLiteral("POWER");
                current.vendorId = QStringLiteral("IBM");
            }
        } else if (key == "stepping" || key == "revision" || key == "CPU revision") {
            const QByteArray number = key == "revision" ? value.split('.').constFirst() : value;
            if (number.compare("unknown", Qt::CaseInsensitive) == 0)
                continue;
            const auto stepping = parseGoInt(number);
            if (!stepping) {
                *error = CpuSpecText::tr("%1 \"%2\" is not a number").arg(QString::fromUtf8(key), text);
                return std::nullopt;
            }
            current.stepping = *stepping;
        } else if (key == "cpu MHz" || key == "clock" || key == "cpu MHz dynamic") {
            QByteArray number = value;
            const qsizetype unit = number.indexOf("MHz");
            if (unit >= 0)
                number.remove(unit, 3);
            if (const auto mhz = parseGoFloat(number))
                current.mhz = *mhz;
        } else if (key == "cache size") {
            QByteArray number = value;
            const qsizetype unit = number.indexOf(" KB");
            if (unit >= 0)
                number.remove(unit, 3);
            const auto size = parseGoInt(number);
            if (!size) {
                *error = CpuSpecText::tr("cache size \"%1\" is not a number of KB").arg(text);
                return std::nullopt;
            }
            current.cacheSize = *size;
        } else if (key == "physical id" || key == "hart") {
            current.physicalId = text;
        } else if (key == "core id") {
            current.coreId = text;
        }
    }
    if (current.cpu >= 0) {
        finishProcessor(current, readSys);
        result.append(processorJson(current));
    }
    return result;
}

SpecSection collectCpuSpec(const QString &root)
{
    SpecSection section;
    section.name = QStringLiteral("cpu");
    section.sources = {QStringLiteral("/proc/cpuinfo"), QStringLiteral("/sys/devices/system/cpu/cpu*/{topology/core_id,cpufreq/cpuinfo_max_freq}")};
    QString error;
    const auto cpuinfo = readFileBelowRoot(root, QStringLiteral("/proc/cpuinfo"), &error);
    if (!cpuinfo) {
        section.warnings.append(CpuSpecText::tr("cpu left out: %1").arg(error));
        return section;
    }
    const SysFileReader readSys = [root](const QString &relativePath) -> std::optional<QByteArray> {
        QString ignored;
        return readFileBelowRoot(root, QStringLiteral("/sys/") + relativePath, &ignored);
    };
    const auto processors = parseCpuInfo(*cpuinfo, readSys, &error);
    if (!processors) {
        section.warnings.append(CpuSpecText::tr("cpu left out, as the agent leaves it out: /proc/cpuinfo: %1").arg(error));
        return section;
    }
    section.value = *processors;
    return section;
}

} // namespace mi
