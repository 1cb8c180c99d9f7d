#pragma once

#include <QLabel>

// A one-line label that, when narrower than its text, shows the text cut short with "…" instead
// of clipped mid-letter (the status bar's lead counts, long in Russian, at 200% scale). Its text()
// stays whole; shownText() is what is drawn at the current width.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
