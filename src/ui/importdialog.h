#pragma once

#include "importpreview.h"
#include "importrequest.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ImportDialog;
}
class QComboBox;

// File > Import… (Ctrl+I): which CSV file, how it is read (encoding and delimiter, found by
// themselves unless chosen), which lead field each column fills (guessed from the headers in English
// or Russian, or the mapping remembered for files with the same columns), a preview of the first
// rows, the source for rows without one, what becomes of likely duplicates, where rejected rows are
// reported, and a check-only run. Only the start of the file is read here; the import itself runs
// as a job (ImportAction). The choices are remembered (QSettings).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Chooses the file (as typing it would) and reads its start.
    void setFilePath(const QString &path);
    // What the accepted dialog asks for (actorId left 0: the caller knows who imports).
    ImportRequest request() const;
    // The file's start as read (empty headers while no file could be read).
    const ImportPreview &preview() const { return m_preview; }
    // The mapping combo box of a file column, or null.
    QComboBox *fieldCombo(int column) const;
    // The settings key under which the mapping for files with these headers is remembered.
    static QString mappingKey(const QStringList &headers);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void browseReport();
    void readPreview();
    void showPreview();
    void mappingEdited(int column);
    void showMappingNote();
    ImportMapping currentMapping() const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportPreview m_preview;
    QString m_readPath;   // the file m_preview was read from
    QString m_mappingNote;
    QList<QComboBox *> m_fieldCombos;
};
