// Keyboard-only widget tests: keys go to whatever has the focus, as an operator's would, and widgets
// are found by objectName with a clear failure when one is missing.
#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace relais::test {

inline QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

template <typename T> T *child(const QObject *parent, const char *objectName)
{
    auto *found = parent->findChild<T *>(QLatin1String(objectName));
    INFO("child " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace relais::test
