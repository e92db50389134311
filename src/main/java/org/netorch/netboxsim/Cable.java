package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.List;

class Cable extends SimObject {
    List<Long> aInterfaceIds = new ArrayList<>();
    List<Long> bInterfaceIds = new ArrayList<>();
    String status = "connected";
    String type;
    String label = "";
    String color = "";
    Double length;
    String lengthUnit;
    String description = "";
    String comments = "";

    List<Long> allInterfaceIds() {
        List<Long> ids = new ArrayList<>(aInterfaceIds);
        ids.addAll(bInterfaceIds);
        return ids;
    }
}
