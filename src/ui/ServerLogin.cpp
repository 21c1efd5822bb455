#include "ServerLogin.h"

#include <QUrl>
#include <QUrlQuery>

namespace bilan {

namespace {

const QString SslModeKey = QStringLiteral("sslmode");

} // namespace

QString ServerLogin::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(SslModeKey, sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ServerLogin> ServerLogin::fromAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) &&
        !trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    ServerLogin login;
    login.host = url.host();
    login.port = url.port(DefaultPort);
    login.database = url.path().mid(1);
    login.user = url.userName();
    const QUrlQuery query(url);
    if (query.hasQueryItem(SslModeKey))
        login.sslMode = query.queryItemValue(SslModeKey, QUrl::FullyDecoded);
    return login;
}

} // namespace bilan
