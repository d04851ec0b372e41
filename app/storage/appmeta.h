#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rp::appmeta {

// Small facts about the database's own data (the content fingerprint, the search-key version),
// in the app_meta table. write() runs inside the caller's transaction.
QString read(const QSqlDatabase &db, const QString &key);
bool write(const QSqlDatabase &db, const QString &key, const QString &value, QSqlError *error);

} // namespace rp::appmeta
