// AmiMessage: header storage and lookups.
#include "cti/amimessage.h"

namespace relais {

namespace {

bool equalsIgnoringCase(const char *a, const char *b, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        char x = a[i];
        char y = b[i];
        if (x == y)
            continue;
        // Header keys are ASCII: fold A-Z only.
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y + ('a' - 'A'));
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

void AmiMessage::append(QByteArrayView key, QByteArrayView value)
{
    if (m_data.empty())
        m_data.reserve(1024);
    Field field;
    field.keyPos = static_cast<int>(m_data.size());
    field.keyLen = static_cast<int>(key.size());
    m_data.append(key.data(), static_cast<size_t>(key.size()));
    field.valuePos = static_cast<int>(m_data.size());
    field.valueLen = static_cast<int>(value.size());
    m_data.append(value.data(), static_cast<size_t>(value.size()));
    m_fields.append(field);
}

QByteArrayView AmiMessage::key(int index) const
{
    const Field &f = m_fields[index];
    return QByteArrayView(m_data.data() + f.keyPos, f.keyLen);
}

QByteArrayView AmiMessage::valueAt(int index) const
{
    const Field &f = m_fields[index];
    return QByteArrayView(m_data.data() + f.valuePos, f.valueLen);
}

bool AmiMessage::keyIs(int index, QByteArrayView key) const
{
    const Field &f = m_fields[index];
    return f.keyLen == key.size() && equalsIgnoringCase(m_data.data() + f.keyPos, key.data(), f.keyLen);
}

int AmiMessage::find(QByteArrayView key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (keyIs(i, key))
            return i;
    }
    return -1;
}

QByteArrayView AmiMessage::value(QByteArrayView key) const
{
    const int index = find(key);
    return index < 0 ? QByteArrayView() : valueAt(index);
}

QString AmiMessage::decode(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

void AmiMessage::clear()
{
    m_data.clear();
    m_fields.clear();
}

QString AmiMessage::toDebugString() const
{
    QString out;
    for (int i = 0; i < size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\n');
        out += decode(key(i)) + QStringLiteral(": ") + decode(valueAt(i));
    }
    return out;
}

} // namespace relais
