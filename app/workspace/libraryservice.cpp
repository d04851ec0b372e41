#include "libraryservice.h"

#include "storage/libraryrepository.h"

namespace rp {

LibraryService::LibraryService(LibraryRepository &library)
    : m_library(library)
{ }

Result<QList<LibraryEntry>> LibraryService::entries()
{
    return rowsOf(m_library.entries(), m_library);
}

StorageError LibraryService::save(LibraryItem &item)
{
    return errorOf(m_library.save(item), m_library);
}

StorageError LibraryService::resetToOriginal(const QString &id)
{
    return errorOf(m_library.resetToOriginal(id), m_library);
}

StorageError LibraryService::setHidden(const QString &id, bool hidden)
{
    return errorOf(m_library.setHidden(id, hidden), m_library);
}

} // namespace rp
