// The fallback secrets file (see secretfile.h). POSIX calls, so the mode is 0600 from the first byte.
#include "security/secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relais::secretfile {

namespace {

struct SecretFileText
{
    Q_DECLARE_TR_FUNCTIONS(SecretFileText)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Result<QMap<QString, QString>> readAll(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return QMap<QString, QString>{};
        return Error{SecretFileText::tr("cannot open the secrets file: %1").arg(systemError()), path};
    }
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error{SecretFileText::tr("the secrets file is not a regular file"), path};
    }
    if ((info.st_mode & 077) != 0 || info.st_uid != ::geteuid()) {
        ::close(fd);
        return Error{SecretFileText::tr("the secrets file may be read by others (mode %1): refused; "
                                        "make it yours with chmod 600")
                         .arg(QString::number(info.st_mode & 0777, 8)),
                     path};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{SecretFileText::tr("cannot read the secrets file: %1").arg(file.errorString()), path};
    }
    const QByteArray bytes = file.read(1 << 20);
    file.close();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.trimmed().isEmpty())
        return QMap<QString, QString>{};
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{SecretFileText::tr("the secrets file is not a JSON object"), path};
    QMap<QString, QString> secrets;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return Error{SecretFileText::tr("the secret \"%1\" is not a string").arg(it.key()), path};
        secrets.insert(it.key(), it.value().toString());
    }
    return secrets;
}

Status writeAll(const QString &path, const QMap<QString, QString> &secrets)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Error{SecretFileText::tr("cannot make the directory of the secrets file"), path};
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);

    QByteArray temporary = QFile::encodeName(target.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data()); // mode 0600 whatever the umask
    if (fd < 0)
        return Error{SecretFileText::tr("cannot create the secrets file: %1").arg(systemError()), path};
    const auto fail = [&](const QString &what) -> Status {
        const QString why = systemError();
        ::close(fd);
        ::unlink(temporary.constData());
        return Error{what.arg(why), path};
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return fail(SecretFileText::tr("cannot restrict the secrets file: %1"));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(SecretFileText::tr("cannot write the secrets file: %1"));
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail(SecretFileText::tr("cannot sync the secrets file: %1"));
    if (::close(fd) != 0) {
        ::unlink(temporary.constData());
        return Error{SecretFileText::tr("cannot write the secrets file: %1").arg(systemError()), path};
    }
    if (::rename(temporary.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const QString why = systemError();
        ::unlink(temporary.constData());
        return Error{SecretFileText::tr("cannot replace the secrets file: %1").arg(why), path};
    }
    return success();
}

} // namespace relais::secretfile
