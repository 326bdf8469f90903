// The on-screen keyboard inside the kiosk window (see on_screen_keyboard.py).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Rectangle {
    id: root

    property real panelWidth: width  // set by OnScreenKeyboard.fit
    readonly property real panelHeight: panel.height
    readonly property bool active: panel.active
    readonly property string layoutUrl: panel.keyboard ? String(panel.keyboard.layout) : ""
    readonly property string localeName: InputContext.locale

    // The layouts the globe key offers, and the one shown (set from Python, in that order).
    property var layouts: []
    property string layout: ""
    onLayoutsChanged: VirtualKeyboardSettings.activeLocales = layouts
    onLayoutChanged: VirtualKeyboardSettings.locale = layout

    InputPanel {
        id: panel
        width: root.panelWidth
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
    }
}
