"""The Qt interface: pages, dialogs and the operation helper. Business rules live in app.core."""
