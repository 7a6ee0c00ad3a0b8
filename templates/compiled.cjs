// Generated from the .hbs files in this folder by precompiledTemplates() (src/render/templates.ts); do not edit.
// Regenerate: UPDATE_TEMPLATES=1 npx vitest run test/render/templates.test.ts
'use strict'
module.exports = {
  "html/report.hbs": {key: "bbf32dd5ccce95630819fb344b55014d834e1c482b558a9c8188bff095f5c460", spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#note\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "navNote", {"start":{"line":30,"column":34},"end":{"line":30,"column":43}} ), depth0))
    + "</a></li>";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#background\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "navBackground", {"start":{"line":31,"column":53},"end":{"line":31,"column":68}} ), depth0))
    + "</a></li>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"t"), "regulation", {"start":{"line":46,"column":24},"end":{"line":46,"column":36}} ), depth0))
    + "</dt><dd lang=\""
    + alias2((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":46,"column":55},"end":{"line":46,"column":62}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":46,"column":53},"end":{"line":46,"column":64}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"regulation") || alias1(depth0, "regulation", {"start":{"line":46,"column":68},"end":{"line":46,"column":78}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"regulation","hash":{},"data":data,"loc":{"start":{"line":46,"column":66},"end":{"line":46,"column":80}}}) : helper)))
    + "</dd>";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"t"), "ministry", {"start":{"line":47,"column":22},"end":{"line":47,"column":32}} ), depth0))
    + "</dt><dd lang=\""
    + alias2((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":47,"column":51},"end":{"line":47,"column":58}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":47,"column":49},"end":{"line":47,"column":60}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"ministry") || alias1(depth0, "ministry", {"start":{"line":47,"column":64},"end":{"line":47,"column":72}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"ministry","hash":{},"data":data,"loc":{"start":{"line":47,"column":62},"end":{"line":47,"column":74}}}) : helper)))
    + "</dd>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":48,"column":21},"end":{"line":48,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":48,"column":19},"end":{"line":48,"column":28}}}) : helper)))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":48,"column":39},"end":{"line":48,"column":44}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":48,"column":37},"end":{"line":48,"column":46}}}) : helper)))
    + "</dd>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRole", {"start":{"line":58,"column":18},"end":{"line":58,"column":36}} ), depth0))
    + "\"><strong>"
    + alias3((((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":58,"column":50},"end":{"line":58,"column":59}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":58,"column":48},"end":{"line":58,"column":61}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":70},"end":{"line":58,"column":141}}})) != null ? stack1 : "")
    + "<br><code>"
    + alias3((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":58,"column":153},"end":{"line":58,"column":157}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":58,"column":151},"end":{"line":58,"column":159}}}) : helper)))
    + "</code></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceStatus", {"start":{"line":59,"column":18},"end":{"line":59,"column":38}} ), depth0))
    + "\"><span class=\"status status-"
    + alias3((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":59,"column":71},"end":{"line":59,"column":77}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":59,"column":69},"end":{"line":59,"column":79}}}) : helper)))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":59,"column":83},"end":{"line":59,"column":94}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":59,"column":81},"end":{"line":59,"column":96}}}) : helper)))
    + "</span></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceOrigin", {"start":{"line":60,"column":18},"end":{"line":60,"column":38}} ), depth0))
    + "\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":60,"column":50},"end":{"line":60,"column":63}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"source") || alias1(depth0, "source", {"start":{"line":60,"column":69},"end":{"line":60,"column":75}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"source","hash":{},"data":data,"loc":{"start":{"line":60,"column":67},"end":{"line":60,"column":77}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRemarks", {"start":{"line":61,"column":18},"end":{"line":61,"column":39}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":61,"column":43},"end":{"line":61,"column":173}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><span lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":58,"column":101},"end":{"line":58,"column":114}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":58,"column":120},"end":{"line":58,"column":125}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":58,"column":118},"end":{"line":58,"column":127}}}) : helper)))
    + "</span>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul lang=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "docLang", {"start":{"line":61,"column":77},"end":{"line":61,"column":90}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":94},"end":{"line":61,"column":137}}})) != null ? stack1 : "")
    + "</ul>";
},"8":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":61,"column":152},"end":{"line":61,"column":164}} ), depth0));
},"10":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":72,"column":168},"end":{"line":72,"column":173}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":72,"column":166},"end":{"line":72,"column":175}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":72,"column":196},"end":{"line":72,"column":201}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":72,"column":194},"end":{"line":72,"column":203}}}) : helper)))
    + "</td></tr>";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>\n<td class=\"id\" data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colNumber", {"start":{"line":82,"column":29},"end":{"line":82,"column":46}} ), depth0))
    + "\"><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":82,"column":62},"end":{"line":82,"column":64}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":82,"column":60},"end":{"line":82,"column":66}}}) : helper)))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":82,"column":70},"end":{"line":82,"column":72}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":82,"column":68},"end":{"line":82,"column":74}}}) : helper)))
    + "</a></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colWhere", {"start":{"line":83,"column":18},"end":{"line":83,"column":34}} ), depth0))
    + "\" lang=\"nb\">"
    + alias3((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":83,"column":50},"end":{"line":83,"column":58}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":83,"column":48},"end":{"line":83,"column":60}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colKind", {"start":{"line":84,"column":18},"end":{"line":84,"column":33}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":84,"column":39},"end":{"line":84,"column":48}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":84,"column":37},"end":{"line":84,"column":50}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colEffect", {"start":{"line":85,"column":18},"end":{"line":85,"column":35}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":39},"end":{"line":85,"column":105}}})) != null ? stack1 : "")
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colReasons", {"start":{"line":86,"column":18},"end":{"line":86,"column":36}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"reasonsMissing"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":86,"column":40},"end":{"line":86,"column":116}}})) != null ? stack1 : "")
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colFindings", {"start":{"line":87,"column":18},"end":{"line":87,"column":37}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"findings"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":87,"column":41},"end":{"line":87,"column":85}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":64},"end":{"line":85,"column":96}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":86,"column":72},"end":{"line":86,"column":79}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":86,"column":70},"end":{"line":86,"column":81}}}) : helper)))
    + "</strong>";
},"15":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":86,"column":100},"end":{"line":86,"column":107}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":86,"column":98},"end":{"line":86,"column":109}}}) : helper)));
},"16":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"findings") || container.strict(depth0, "findings", {"start":{"line":87,"column":59},"end":{"line":87,"column":67}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"findings","hash":{},"data":data,"loc":{"start":{"line":87,"column":57},"end":{"line":87,"column":69}}}) : helper)));
},"17":function(container,depth0,helpers,partials,data) {
    return "–";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":23},"end":{"line":93,"column":63}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"finding"),depth0,{"name":"finding","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "noFindings", {"start":{"line":93,"column":76},"end":{"line":93,"column":88}} ), depth0))
    + "</p>";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"section"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":96,"column":0},"end":{"line":96,"column":69}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":101,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"deferred")||container.strict(depth0, "deferred", {"start":{"line":96,"column":18},"end":{"line":96,"column":26}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"section"),{"name":"deferred","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":96,"column":15},"end":{"line":96,"column":62}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"section"),depth0,{"name":"section","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"with","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":13},"end":{"line":101,"column":9}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details class=\"group\">\n<summary>"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":99,"column":11},"end":{"line":99,"column":16}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":99,"column":9},"end":{"line":99,"column":18}}}) : helper)))
    + "</summary>\n"
    + alias3((lookupProperty(helpers,"plainSections")||alias1(depth0, "plainSections", {"start":{"line":100,"column":2},"end":{"line":100,"column":15}} )).call(alias2,lookupProperty(depth0,"sections"),{"name":"plainSections","hash":{},"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":100,"column":26}}}))
    + "</details>\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\"other-changes\" aria-labelledby=\"other-changes-h\">\n<h3 id=\"other-changes-h\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "otherChanges", {"start":{"line":105,"column":27},"end":{"line":105,"column":41}} ), depth0))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"otherChanges"),{"name":"each","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":106,"column":0},"end":{"line":106,"column":43}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"change"),depth0,{"name":"change","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"note"),{"name":"with","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":113,"column":12},"end":{"line":120,"column":9}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<h2 id=\"note\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "note", {"start":{"line":114,"column":16},"end":{"line":114,"column":28}} ), depth0))
    + "</h2>\n<p>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "noteIntro", {"start":{"line":115,"column":5},"end":{"line":115,"column":22}} ), depth0))
    + "</p>\n<p><strong lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":116,"column":19},"end":{"line":116,"column":32}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":116,"column":38},"end":{"line":116,"column":43}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":116,"column":36},"end":{"line":116,"column":45}}}) : helper)))
    + "</strong> · <code>"
    + alias3((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":116,"column":65},"end":{"line":116,"column":69}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":116,"column":63},"end":{"line":116,"column":71}}}) : helper)))
    + "</code></p>\n"
    + ((stack1 = (lookupProperty(helpers,"deferred")||alias1(depth0, "deferred", {"start":{"line":117,"column":3},"end":{"line":117,"column":11}} )).call(alias4,depth0,{"name":"deferred","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":117,"column":0},"end":{"line":119,"column":13}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"document"),depth0,{"name":"document","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2 id=\"background\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "background", {"start":{"line":122,"column":22},"end":{"line":122,"column":34}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"background"),{"name":"each","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":123,"column":0},"end":{"line":129,"column":9}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3 lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":124,"column":12},"end":{"line":124,"column":25}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":124,"column":31},"end":{"line":124,"column":36}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":124,"column":29},"end":{"line":124,"column":38}}}) : helper)))
    + "</h3>\n<p><code>"
    + alias2((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":125,"column":11},"end":{"line":125,"column":15}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":125,"column":9},"end":{"line":125,"column":17}}}) : helper)))
    + "</code></p>\n"
    + ((stack1 = (lookupProperty(helpers,"deferred")||alias1(depth0, "deferred", {"start":{"line":126,"column":3},"end":{"line":126,"column":11}} )).call(alias3,depth0,{"name":"deferred","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":126,"column":0},"end":{"line":128,"column":13}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":9,"column":14},"end":{"line":9,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":9,"column":12},"end":{"line":9,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '"
    + alias4((((helper = lookupProperty(helpers,"scriptHash") || alias1(depth0, "scriptHash", {"start":{"line":13,"column":113},"end":{"line":13,"column":123}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"scriptHash","hash":{},"data":data,"loc":{"start":{"line":13,"column":111},"end":{"line":13,"column":125}}}) : helper)))
    + "'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\""
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":15,"column":34},"end":{"line":15,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":15,"column":32},"end":{"line":15,"column":40}}}) : helper)))
    + "\">\n<title>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":16,"column":9},"end":{"line":16,"column":22}} ), depth0))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":16,"column":28},"end":{"line":16,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":16,"column":26},"end":{"line":16,"column":35}}}) : helper)))
    + "</title>\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"css") || alias1(depth0, "css", {"start":{"line":18,"column":3},"end":{"line":18,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"css","hash":{},"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "skipToChanges", {"start":{"line":22,"column":34},"end":{"line":22,"column":49}} ), depth0))
    + "</a>\n<nav class=\"toolbar\" aria-label=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navLabel", {"start":{"line":23,"column":35},"end":{"line":23,"column":45}} ), depth0))
    + "\">\n<div class=\"inner\">\n<ul>\n<li><a href=\"#summary\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navSummary", {"start":{"line":26,"column":25},"end":{"line":26,"column":37}} ), depth0))
    + "</a></li>\n<li><a href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navChanges", {"start":{"line":27,"column":25},"end":{"line":27,"column":37}} ), depth0))
    + "</a></li>\n<li><a href=\"#findings\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navFindings", {"start":{"line":28,"column":26},"end":{"line":28,"column":39}} ), depth0))
    + "</a></li>\n<li><a href=\"#consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navConsolidated", {"start":{"line":29,"column":30},"end":{"line":29,"column":47}} ), depth0))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":31,"column":86}}})) != null ? stack1 : "")
    + "\n</ul>\n<fieldset class=\"view\">\n<legend>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "view", {"start":{"line":34,"column":10},"end":{"line":34,"column":16}} ), depth0))
    + "</legend>\n<input type=\"radio\" name=\"view\" id=\"view-sbs\" checked>\n<label for=\"view-sbs\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "viewSideBySide", {"start":{"line":36,"column":24},"end":{"line":36,"column":40}} ), depth0))
    + "</label>\n<input type=\"radio\" name=\"view\" id=\"view-inline\">\n<label for=\"view-inline\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "viewInline", {"start":{"line":38,"column":27},"end":{"line":38,"column":39}} ), depth0))
    + "</label>\n</fieldset>\n</div>\n</nav>\n<header class=\"top\">\n<p class=\"kind\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":43,"column":18},"end":{"line":43,"column":31}} ), depth0))
    + "</p>\n<h1 lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":44,"column":12},"end":{"line":44,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":44,"column":10},"end":{"line":44,"column":21}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":44,"column":25},"end":{"line":44,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":44,"column":23},"end":{"line":44,"column":32}}}) : helper)))
    + "</h1>\n<dl class=\"meta\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":92}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":47,"column":86}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":48,"column":60}}})) != null ? stack1 : "")
    + "\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":49,"column":6},"end":{"line":49,"column":12}} ), depth0))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":49,"column":25},"end":{"line":49,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":49,"column":23},"end":{"line":49,"column":36}}}) : helper)))
    + "</dd>\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "formReason", {"start":{"line":50,"column":6},"end":{"line":50,"column":18}} ), depth0))
    + "</dt><dd lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"formReason") || alias1(depth0, "formReason", {"start":{"line":50,"column":41},"end":{"line":50,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formReason","hash":{},"data":data,"loc":{"start":{"line":50,"column":39},"end":{"line":50,"column":53}}}) : helper)))
    + "</dd>\n</dl>\n<h2 id=\"sources\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "provenance", {"start":{"line":52,"column":19},"end":{"line":52,"column":31}} ), depth0))
    + "</h2>\n<table class=\"stack\">\n<thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":54,"column":29},"end":{"line":54,"column":41}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":54,"column":66},"end":{"line":54,"column":80}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":54,"column":105},"end":{"line":54,"column":119}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":54,"column":144},"end":{"line":54,"column":159}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":63,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</header>\n<main>\n<h2 id=\"summary\" tabindex=\"-1\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "summary", {"start":{"line":68,"column":33},"end":{"line":68,"column":42}} ), depth0))
    + "</h2>\n<p><strong>"
    + alias4((((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":69,"column":13},"end":{"line":69,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":69,"column":11},"end":{"line":69,"column":20}}}) : helper)))
    + "</strong> "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changesTotal", {"start":{"line":69,"column":32},"end":{"line":69,"column":46}} ), depth0))
    + ".</p>\n<p class=\"hint\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "keyboardHint", {"start":{"line":70,"column":18},"end":{"line":70,"column":32}} ), depth0))
    + "</p>\n<div class=\"counts\">\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "byKind", {"start":{"line":72,"column":18},"end":{"line":72,"column":26}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":72,"column":67},"end":{"line":72,"column":73}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":72,"column":108},"end":{"line":72,"column":115}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"byKind"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":142},"end":{"line":72,"column":222}}})) != null ? stack1 : "")
    + "</tbody></table>\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "byEffect", {"start":{"line":73,"column":18},"end":{"line":73,"column":28}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":73,"column":69},"end":{"line":73,"column":75}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":73,"column":110},"end":{"line":73,"column":117}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"byEffect"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":144},"end":{"line":73,"column":226}}})) != null ? stack1 : "")
    + "</tbody></table>\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "bySeverity", {"start":{"line":74,"column":18},"end":{"line":74,"column":30}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":74,"column":71},"end":{"line":74,"column":77}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":74,"column":112},"end":{"line":74,"column":119}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"bySeverity"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":146},"end":{"line":74,"column":230}}})) != null ? stack1 : "")
    + "</tbody></table>\n</div>\n<h3 id=\"change-list\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changeList", {"start":{"line":76,"column":23},"end":{"line":76,"column":35}} ), depth0))
    + "</h3>\n<table class=\"stack changelist\">\n<thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colNumber", {"start":{"line":78,"column":29},"end":{"line":78,"column":40}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colWhere", {"start":{"line":78,"column":65},"end":{"line":78,"column":75}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colKind", {"start":{"line":78,"column":100},"end":{"line":78,"column":109}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colEffect", {"start":{"line":78,"column":134},"end":{"line":78,"column":145}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colReasons", {"start":{"line":78,"column":170},"end":{"line":78,"column":182}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colFindings", {"start":{"line":78,"column":207},"end":{"line":78,"column":220}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"changeList"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<h2 id=\"findings\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "findings", {"start":{"line":92,"column":20},"end":{"line":92,"column":30}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":93,"column":0},"end":{"line":93,"column":101}}})) != null ? stack1 : "")
    + "\n<h2 id=\"changes\" tabindex=\"-1\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sections", {"start":{"line":94,"column":33},"end":{"line":94,"column":43}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"entries"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":102,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"otherChanges"),"length"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":103,"column":0},"end":{"line":108,"column":7}}})) != null ? stack1 : "")
    + "<h2 id=\"consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidated", {"start":{"line":109,"column":24},"end":{"line":109,"column":38}} ), depth0))
    + "</h2>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidatedIntro", {"start":{"line":110,"column":5},"end":{"line":110,"column":24}} ), depth0))
    + "</p>\n<div class=\"consolidated\" lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":111,"column":34},"end":{"line":111,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":111,"column":32},"end":{"line":111,"column":43}}}) : helper)))
    + "\">\n"
    + alias4((lookupProperty(helpers,"consolidatedText")||alias1(depth0, "consolidatedText", {"start":{"line":112,"column":2},"end":{"line":112,"column":18}} )).call(alias2,lookupProperty(depth0,"consolidated"),{"name":"consolidatedText","hash":{},"data":data,"loc":{"start":{"line":112,"column":0},"end":{"line":112,"column":33}}}))
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":113,"column":0},"end":{"line":120,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":121,"column":0},"end":{"line":130,"column":7}}})) != null ? stack1 : "")
    + "</main>\n<footer>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":133,"column":5},"end":{"line":133,"column":18}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":133,"column":23},"end":{"line":133,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":133,"column":21},"end":{"line":133,"column":29}}}) : helper)))
    + " · "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":133,"column":34},"end":{"line":133,"column":42}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":133,"column":47},"end":{"line":133,"column":60}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":133,"column":45},"end":{"line":133,"column":62}}}) : helper)))
    + "</p>\n</footer>\n\u003Cscript>"
    + ((stack1 = (((helper = lookupProperty(helpers,"script") || alias1(depth0, "script", {"start":{"line":135,"column":11},"end":{"line":135,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"script","hash":{},"data":data,"loc":{"start":{"line":135,"column":8},"end":{"line":135,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\u003C/script>\n</body>\n</html>\n";
},"usePartial":true,"useData":true}},
  "html/partials/finding.hbs": {key: "cfac1596894428733f75098a150c593be7866ff0562c578565d5d5ad29b5eecf", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "concerns", {"start":{"line":4,"column":41},"end":{"line":4,"column":57}} ), depth0))
    + ": "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":61},"end":{"line":4,"column":148}}})) != null ? stack1 : "")
    + "</p>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":4,"column":90},"end":{"line":4,"column":92}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":4,"column":88},"end":{"line":4,"column":94}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":4,"column":98},"end":{"line":4,"column":103}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":4,"column":96},"end":{"line":4,"column":105}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":109},"end":{"line":4,"column":139}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ", ";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "concerns", {"start":{"line":4,"column":197},"end":{"line":4,"column":213}} ), depth0))
    + ": "
    + alias3((((helper = lookupProperty(helpers,"manyChanges") || alias1(depth0, "manyChanges", {"start":{"line":4,"column":219},"end":{"line":4,"column":230}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"manyChanges","hash":{},"data":data,"loc":{"start":{"line":4,"column":217},"end":{"line":4,"column":232}}}) : helper)))
    + " "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "manyChanges", {"start":{"line":4,"column":235},"end":{"line":4,"column":254}} ), depth0))
    + " <a href=\"#findings\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "findings", {"start":{"line":4,"column":279},"end":{"line":4,"column":295}} ), depth0))
    + "</a>.</p>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "place", {"start":{"line":5,"column":32},"end":{"line":5,"column":45}} ), depth0))
    + ": <code>"
    + alias2((((helper = lookupProperty(helpers,"place") || alias1(depth0, "place", {"start":{"line":5,"column":57},"end":{"line":5,"column":62}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"place","hash":{},"data":data,"loc":{"start":{"line":5,"column":55},"end":{"line":5,"column":64}}}) : helper)))
    + "</code></p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"finding "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":1,"column":22},"end":{"line":1,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":1,"column":20},"end":{"line":1,"column":32}}}) : helper)))
    + "\">\n<p><span class=\"sev\">"
    + alias4((((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":2,"column":23},"end":{"line":2,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":21},"end":{"line":2,"column":38}}}) : helper)))
    + "</span> · "
    + alias4((((helper = lookupProperty(helpers,"codeLabel") || alias1(depth0, "codeLabel", {"start":{"line":2,"column":50},"end":{"line":2,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"codeLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":48},"end":{"line":2,"column":61}}}) : helper)))
    + " <span class=\"where\">("
    + alias4((((helper = lookupProperty(helpers,"code") || alias1(depth0, "code", {"start":{"line":2,"column":85},"end":{"line":2,"column":89}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":2,"column":83},"end":{"line":2,"column":91}}}) : helper)))
    + ")</span></p>\n<p lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "lang", {"start":{"line":3,"column":11},"end":{"line":3,"column":21}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"message") || alias1(depth0, "message", {"start":{"line":3,"column":27},"end":{"line":3,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":36}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":159}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"manyChanges"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":159},"end":{"line":4,"column":313}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"place"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":82}}})) != null ? stack1 : "")
    + "\n</div>\n";
},"useData":true}},
  "html/partials/prevnext.hbs": {key: "58e9720ef934a71fdc1b0f875a87b9d003ff246b7f69871406095ad74cd289ac", spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"previous") || alias1(depth0, "previous", {"start":{"line":2,"column":28},"end":{"line":2,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"previous","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":38}}}) : helper)))
    + "\" rel=\"prev\">← "
    + alias4(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "previous", {"start":{"line":2,"column":55},"end":{"line":2,"column":71}} ), depth0))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"previous") || alias1(depth0, "previous", {"start":{"line":2,"column":77},"end":{"line":2,"column":85}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"previous","hash":{},"data":data,"loc":{"start":{"line":2,"column":75},"end":{"line":2,"column":87}}}) : helper)))
    + ")</a>";
},"1":function(container,depth0,helpers,partials,data) {
    return "<span></span>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"next") || alias1(depth0, "next", {"start":{"line":4,"column":24},"end":{"line":4,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"next","hash":{},"data":data,"loc":{"start":{"line":4,"column":22},"end":{"line":4,"column":30}}}) : helper)))
    + "\" rel=\"next\">"
    + alias4(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "next", {"start":{"line":4,"column":45},"end":{"line":4,"column":57}} ), depth0))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"next") || alias1(depth0, "next", {"start":{"line":4,"column":63},"end":{"line":4,"column":67}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"next","hash":{},"data":data,"loc":{"start":{"line":4,"column":61},"end":{"line":4,"column":69}}}) : helper)))
    + ") →</a>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav class=\"prevnext\" aria-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "change", {"start":{"line":1,"column":36},"end":{"line":1,"column":50}} ), depth0))
    + " "
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":1,"column":55},"end":{"line":1,"column":57}} ))),(typeof helper === "function" ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":1,"column":53},"end":{"line":1,"column":59}}}) : helper)))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"previous"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":120}}})) != null ? stack1 : "")
    + "\n<a href=\"#summary\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "toTop", {"start":{"line":3,"column":21},"end":{"line":3,"column":34}} ), depth0))
    + "</a>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":104}}})) != null ? stack1 : "")
    + "\n</nav>\n";
},"useData":true}},
  "html/partials/change.hbs": {key: "c7bf16afc43f65d82e2605f6196faa1d08eb371b0ed9967fbdc7750b3ac28417", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"change quiet\" id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":2,"column":36},"end":{"line":2,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":2,"column":34},"end":{"line":2,"column":40}}}) : helper)))
    + "\" tabindex=\"-1\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":2,"column":75},"end":{"line":2,"column":77}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":2,"column":73},"end":{"line":2,"column":79}}}) : helper)))
    + "-h\">\n<h4 id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":3,"column":10},"end":{"line":3,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":14}}}) : helper)))
    + "-h\"><span class=\"kind\">"
    + alias4((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":3,"column":39},"end":{"line":3,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":3,"column":37},"end":{"line":3,"column":50}}}) : helper)))
    + "</span> <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":3,"column":70},"end":{"line":3,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":74}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":3,"column":78},"end":{"line":3,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":3,"column":76},"end":{"line":3,"column":82}}}) : helper)))
    + "</a> · <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":3,"column":107},"end":{"line":3,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":3,"column":105},"end":{"line":3,"column":117}}}) : helper)))
    + "</span></h4>\n<p><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"currentCitation") || alias1(depth0, "currentCitation", {"start":{"line":4,"column":21},"end":{"line":4,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"currentCitation","hash":{},"data":data,"loc":{"start":{"line":4,"column":19},"end":{"line":4,"column":38}}}) : helper)))
    + "</span> "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "becomes", {"start":{"line":4,"column":48},"end":{"line":4,"column":63}} ), depth0))
    + " <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"proposedCitation") || alias1(depth0, "proposedCitation", {"start":{"line":4,"column":84},"end":{"line":4,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"proposedCitation","hash":{},"data":data,"loc":{"start":{"line":4,"column":82},"end":{"line":4,"column":102}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":109},"end":{"line":4,"column":145}}})) != null ? stack1 : "")
    + "; "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sameWording", {"start":{"line":4,"column":149},"end":{"line":4,"column":168}} ), depth0))
    + ".</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"prevnext"),depth0,{"name":"prevnext","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"relabel") || container.strict(depth0, "relabel", {"start":{"line":4,"column":128},"end":{"line":4,"column":135}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relabel","hash":{},"data":data,"loc":{"start":{"line":4,"column":126},"end":{"line":4,"column":137}}}) : helper)))
    + ")";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"change\" id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":8,"column":30},"end":{"line":8,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":8,"column":28},"end":{"line":8,"column":34}}}) : helper)))
    + "\" tabindex=\"-1\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":8,"column":69},"end":{"line":8,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":8,"column":67},"end":{"line":8,"column":73}}}) : helper)))
    + "-h\">\n<h4 id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":9,"column":10},"end":{"line":9,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":8},"end":{"line":9,"column":14}}}) : helper)))
    + "-h\"><span class=\"kind\">"
    + alias4((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":9,"column":39},"end":{"line":9,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":9,"column":37},"end":{"line":9,"column":50}}}) : helper)))
    + "</span> <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":9,"column":70},"end":{"line":9,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":68},"end":{"line":9,"column":74}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":9,"column":78},"end":{"line":9,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":76},"end":{"line":9,"column":82}}}) : helper)))
    + "</a> · <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":9,"column":107},"end":{"line":9,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":9,"column":105},"end":{"line":9,"column":117}}}) : helper)))
    + "</span></h4>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"effects"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":182}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":138}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":79}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"declared"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":79}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":90}}})) != null ? stack1 : "")
    + "\n<div class=\"beforeafter\">\n<div><h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "before", {"start":{"line":16,"column":11},"end":{"line":16,"column":25}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentCitation"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":27},"end":{"line":16,"column":102}}})) != null ? stack1 : "")
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":16,"column":107},"end":{"line":16,"column":196}}})) != null ? stack1 : "")
    + "</div>\n<div><h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "after", {"start":{"line":17,"column":11},"end":{"line":17,"column":24}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedCitation"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":26},"end":{"line":17,"column":103}}})) != null ? stack1 : "")
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":17,"column":108},"end":{"line":17,"column":199}}})) != null ? stack1 : "")
    + "</div>\n</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"words"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":187}}})) != null ? stack1 : "")
    + "\n<h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":20,"column":6},"end":{"line":20,"column":21}} ), depth0))
    + "</h5>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"reasons"),"length"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(21, data, 0),"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":28,"column":58}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":29,"column":105}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"prevnext"),depth0,{"name":"prevnext","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":22},"end":{"line":10,"column":123}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"effect\">"
    + alias4((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":10,"column":59},"end":{"line":10,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":10,"column":57},"end":{"line":10,"column":67}}}) : helper)))
    + " <span class=\"etype\">("
    + alias4((((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":10,"column":91},"end":{"line":10,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":10,"column":89},"end":{"line":10,"column":102}}}) : helper)))
    + ")</span></p>";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"noeffect\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "noEffect", {"start":{"line":10,"column":153},"end":{"line":10,"column":169}} ), depth0))
    + "</p>";
},"6":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":11,"column":17},"end":{"line":11,"column":33}} ), depth0))
    + " <span lang=\"nb\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"move"), "from", {"start":{"line":11,"column":54},"end":{"line":11,"column":63}} ), depth0))
    + "</span> "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveTo", {"start":{"line":11,"column":75},"end":{"line":11,"column":89}} ), depth0))
    + " <span lang=\"nb\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"move"), "to", {"start":{"line":11,"column":110},"end":{"line":11,"column":117}} ), depth0))
    + "</span>.</p>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"former\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "relettered", {"start":{"line":12,"column":35},"end":{"line":12,"column":53}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"relabel") || alias1(depth0, "relabel", {"start":{"line":12,"column":59},"end":{"line":12,"column":66}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relabel","hash":{},"data":data,"loc":{"start":{"line":12,"column":57},"end":{"line":12,"column":68}}}) : helper)))
    + "</p>";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"former\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "declared", {"start":{"line":13,"column":36},"end":{"line":13,"column":52}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"declared") || alias1(depth0, "declared", {"start":{"line":13,"column":58},"end":{"line":13,"column":66}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"declared","hash":{},"data":data,"loc":{"start":{"line":13,"column":56},"end":{"line":13,"column":68}}}) : helper)))
    + "</p>";
},"9":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":14,"column":24},"end":{"line":14,"column":43}} ), depth0))
    + ": <q lang=\"nb\">"
    + alias2((((helper = lookupProperty(helpers,"instruction") || alias1(depth0, "instruction", {"start":{"line":14,"column":62},"end":{"line":14,"column":73}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"instruction","hash":{},"data":data,"loc":{"start":{"line":14,"column":60},"end":{"line":14,"column":75}}}) : helper)))
    + "</q></p>";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span lang=\"nb\">("
    + container.escapeExpression((((helper = lookupProperty(helpers,"currentCitation") || container.strict(depth0, "currentCitation", {"start":{"line":16,"column":70},"end":{"line":16,"column":85}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"currentCitation","hash":{},"data":data,"loc":{"start":{"line":16,"column":68},"end":{"line":16,"column":87}}}) : helper)))
    + ")</span>";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":16,"column":137},"end":{"line":16,"column":150}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"currentText") || alias1(depth0, "currentText", {"start":{"line":16,"column":156},"end":{"line":16,"column":167}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"currentText","hash":{},"data":data,"loc":{"start":{"line":16,"column":154},"end":{"line":16,"column":169}}}) : helper)))
    + "</p>";
},"12":function(container,depth0,helpers,partials,data) {
    return "<p>–</p>";
},"13":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span lang=\"nb\">("
    + container.escapeExpression((((helper = lookupProperty(helpers,"proposedCitation") || container.strict(depth0, "proposedCitation", {"start":{"line":17,"column":70},"end":{"line":17,"column":86}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"proposedCitation","hash":{},"data":data,"loc":{"start":{"line":17,"column":68},"end":{"line":17,"column":88}}}) : helper)))
    + ")</span>";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":17,"column":139},"end":{"line":17,"column":152}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"proposedText") || alias1(depth0, "proposedText", {"start":{"line":17,"column":158},"end":{"line":17,"column":170}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"proposedText","hash":{},"data":data,"loc":{"start":{"line":17,"column":156},"end":{"line":17,"column":172}}}) : helper)))
    + "</p>";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":20},"end":{"line":19,"column":180}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":39},"end":{"line":19,"column":173}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"words\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":19,"column":84},"end":{"line":19,"column":97}} ), depth0))
    + "\"><span class=\"vh\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "wordDiff", {"start":{"line":19,"column":120},"end":{"line":19,"column":136}} ), depth0))
    + ": </span>"
    + alias3((lookupProperty(helpers,"words")||alias1(depth0, "words", {"start":{"line":19,"column":149},"end":{"line":19,"column":154}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"words"),{"name":"words","hash":{},"data":data,"loc":{"start":{"line":19,"column":147},"end":{"line":19,"column":162}}}))
    + "</p>";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reasons"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"reason\">\n<p class=\"src\">"
    + alias4((((helper = lookupProperty(helpers,"documentLabel") || alias1(depth0, "documentLabel", {"start":{"line":24,"column":17},"end":{"line":24,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"documentLabel","hash":{},"data":data,"loc":{"start":{"line":24,"column":15},"end":{"line":24,"column":32}}}) : helper)))
    + " <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"where") || alias1(depth0, "where", {"start":{"line":24,"column":51},"end":{"line":24,"column":56}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"where","hash":{},"data":data,"loc":{"start":{"line":24,"column":49},"end":{"line":24,"column":58}}}) : helper)))
    + "</span> · "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "method", {"start":{"line":24,"column":70},"end":{"line":24,"column":84}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"methodLabel") || alias1(depth0, "methodLabel", {"start":{"line":24,"column":89},"end":{"line":24,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"methodLabel","hash":{},"data":data,"loc":{"start":{"line":24,"column":87},"end":{"line":24,"column":102}}}) : helper)))
    + " ("
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "score", {"start":{"line":24,"column":106},"end":{"line":24,"column":119}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"score") || alias1(depth0, "score", {"start":{"line":24,"column":124},"end":{"line":24,"column":129}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":24,"column":122},"end":{"line":24,"column":131}}}) : helper)))
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":132},"end":{"line":24,"column":190}}})) != null ? stack1 : "")
    + "</p>\n<blockquote lang=\""
    + alias4(alias5(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":25,"column":20},"end":{"line":25,"column":33}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"excerpt") || alias1(depth0, "excerpt", {"start":{"line":25,"column":39},"end":{"line":25,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"excerpt","hash":{},"data":data,"loc":{"start":{"line":25,"column":37},"end":{"line":25,"column":48}}}) : helper)))
    + "</blockquote>\n</div>\n";
},"20":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":24,"column":158},"end":{"line":24,"column":162}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":24,"column":156},"end":{"line":24,"column":164}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"linkLabel") || alias1(depth0, "linkLabel", {"start":{"line":24,"column":168},"end":{"line":24,"column":177}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"linkLabel","hash":{},"data":data,"loc":{"start":{"line":24,"column":166},"end":{"line":24,"column":179}}}) : helper)))
    + "</a>";
},"21":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"noeffect\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":28,"column":30},"end":{"line":28,"column":45}} ), depth0))
    + "</p>";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h5>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "changeFindings", {"start":{"line":29,"column":29},"end":{"line":29,"column":51}} ), depth0))
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":58},"end":{"line":29,"column":98}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"finding"),depth0,{"name":"finding","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"quiet"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true}},
  "html/partials/section.hbs": {key: "38763cae9731a4f4817f3a3a5ac7567675bc4a27eeea88b01ed747b56b81407a", spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note-line\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"statusNote") || container.strict(depth0, "statusNote", {"start":{"line":3,"column":41},"end":{"line":3,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"statusNote","hash":{},"data":data,"loc":{"start":{"line":3,"column":39},"end":{"line":3,"column":53}}}) : helper)))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"change"),depth0,{"name":"change","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":1,"column":27},"end":{"line":1,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":1,"column":25},"end":{"line":1,"column":35}}}) : helper)))
    + "\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":1,"column":56},"end":{"line":1,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":1,"column":54},"end":{"line":1,"column":64}}}) : helper)))
    + "-h\">\n<h3 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":2,"column":10},"end":{"line":2,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":2,"column":8},"end":{"line":2,"column":18}}}) : helper)))
    + "-h\"><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":2,"column":40},"end":{"line":2,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":49}}}) : helper)))
    + "</span> <span class=\"badge "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":2,"column":78},"end":{"line":2,"column":84}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":2,"column":76},"end":{"line":2,"column":86}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":2,"column":90},"end":{"line":2,"column":101}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":88},"end":{"line":2,"column":103}}}) : helper)))
    + "</span></h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"statusNote"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":64}}})) != null ? stack1 : "")
    + "\n"
    + alias4((lookupProperty(helpers,"rowTable")||alias1(depth0, "rowTable", {"start":{"line":4,"column":2},"end":{"line":4,"column":10}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowTable","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":17}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":38}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"usePartial":true,"useData":true}},
  "html/partials/blocks.hbs": {key: "9065cf800bc202379220a72c29e79fafb5dbf6f1406c92840f061d305a35806c", spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias1,lookupProperty(depth0,"type"),"list",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":22}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":3,"column":261}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":28},"end":{"line":2,"column":256}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":2,"column":58},"end":{"line":2,"column":64}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":2,"column":56},"end":{"line":2,"column":66}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":2,"column":70},"end":{"line":2,"column":74}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":2,"column":68},"end":{"line":2,"column":76}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"citedBy"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":76},"end":{"line":2,"column":242}}})) != null ? stack1 : "")
    + "</li>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"cited\">("
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "citedBy", {"start":{"line":2,"column":122},"end":{"line":2,"column":137}} ), depth0))
    + " "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"citedBy"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":140},"end":{"line":2,"column":227}}})) != null ? stack1 : "")
    + ")</span>";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":2,"column":169},"end":{"line":2,"column":171}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":2,"column":167},"end":{"line":2,"column":173}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":2,"column":177},"end":{"line":2,"column":182}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":2,"column":175},"end":{"line":2,"column":184}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":188},"end":{"line":2,"column":218}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return ", ";
},"6":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":254}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":3,"column":37},"end":{"line":3,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":45}}}) : helper)))
    + "\" class=\""
    + alias4(container.lambda(alias1(depths[1], "type", {"start":{"line":3,"column":56},"end":{"line":3,"column":63}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":3,"column":69},"end":{"line":3,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":3,"column":67},"end":{"line":3,"column":75}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"citedBy"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":241}}})) != null ? stack1 : "")
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":4,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true}},
  "html/partials/document.hbs": {key: "b4d4684a71454868df51b639042561bd5d09b423a5775fbb9c9a32a704a896d2", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":4,"column":4},"end":{"line":4,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":11}}}) : helper)))
    + " id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":4,"column":18},"end":{"line":4,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":4,"column":16},"end":{"line":4,"column":26}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":4,"column":30},"end":{"line":4,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":4,"column":28},"end":{"line":4,"column":39}}}) : helper)))
    + "</h"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":4,"column":44},"end":{"line":4,"column":49}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":4,"column":42},"end":{"line":4,"column":51}}}) : helper)))
    + ">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"blocks"),lookupProperty(depth0,"blocks"),{"name":"blocks","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"doc\" lang=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "docLang", {"start":{"line":1,"column":25},"end":{"line":1,"column":38}} ), depth0))
    + "\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"blocks"),lookupProperty(depth0,"preamble"),{"name":"blocks","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"usePartial":true,"useData":true}},
  "md/report.md.hbs": {key: "ee0a9b29df75e5305a8e9c3f80228041ca6a7068ffb5406dbfc11c6965f3dfd8", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "regulation", {"start":{"line":8,"column":22},"end":{"line":8,"column":34}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":8,"column":42},"end":{"line":8,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"regulation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":57}}})) != null ? stack1 : "")
    + "  \n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "ministry", {"start":{"line":10,"column":20},"end":{"line":10,"column":30}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":10,"column":38},"end":{"line":10,"column":40}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ministry"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":36},"end":{"line":10,"column":51}}})) != null ? stack1 : "")
    + "  \n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":12,"column":19},"end":{"line":12,"column":21}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":17},"end":{"line":12,"column":29}}})) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":12,"column":35},"end":{"line":12,"column":37}} )).call(alias2,lookupProperty(depth0,"value"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":33},"end":{"line":12,"column":45}}})) != null ? stack1 : "")
    + "  \n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":22,"column":4},"end":{"line":22,"column":13}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":15}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"mdCode")||alias1(depth0, "mdCode", {"start":{"line":22,"column":20},"end":{"line":22,"column":26}} )).call(alias2,lookupProperty(depth0,"path"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":22,"column":18},"end":{"line":22,"column":33}}})) != null ? stack1 : "")
    + " | **"
    + ((stack1 = (((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":22,"column":40},"end":{"line":22,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":38},"end":{"line":22,"column":53}}}) : helper))) != null ? stack1 : "")
    + "** | "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":22,"column":60},"end":{"line":22,"column":62}} )).call(alias2,lookupProperty(depth0,"source"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":58},"end":{"line":22,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":22,"column":74},"end":{"line":22,"column":196}}})) != null ? stack1 : "")
    + " |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":96},"end":{"line":22,"column":165}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":22,"column":115},"end":{"line":22,"column":117}} )).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":113},"end":{"line":22,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":124},"end":{"line":22,"column":156}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":22,"column":175},"end":{"line":22,"column":187}} ), depth0)) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":32,"column":4},"end":{"line":32,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":11}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":32,"column":16},"end":{"line":32,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":32,"column":14},"end":{"line":32,"column":23}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedRows") || alias1(depth0, "omittedRows", {"start":{"line":56,"column":3},"end":{"line":56,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedRows","hash":{},"data":data,"loc":{"start":{"line":56,"column":1},"end":{"line":56,"column":16}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedRows", {"start":{"line":56,"column":19},"end":{"line":56,"column":32}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"findingLines"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":64,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"omittedFindings"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedFindings") || alias1(depth0, "omittedFindings", {"start":{"line":67,"column":3},"end":{"line":67,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedFindings","hash":{},"data":data,"loc":{"start":{"line":67,"column":1},"end":{"line":67,"column":20}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedFindings", {"start":{"line":67,"column":23},"end":{"line":67,"column":40}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"t"), "noFindings", {"start":{"line":70,"column":2},"end":{"line":70,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedDetails") || alias1(depth0, "omittedDetails", {"start":{"line":79,"column":3},"end":{"line":79,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedDetails","hash":{},"data":data,"loc":{"start":{"line":79,"column":1},"end":{"line":79,"column":19}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedDetails", {"start":{"line":79,"column":22},"end":{"line":79,"column":38}} ), depth0)) != null ? stack1 : "")
    + "_\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":6,"column":4},"end":{"line":6,"column":17}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":6,"column":23},"end":{"line":6,"column":25}} )).call(alias3,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":21},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":14,"column":4},"end":{"line":14,"column":10}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":14,"column":18},"end":{"line":14,"column":27}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":14,"column":16},"end":{"line":14,"column":29}}}) : helper))) != null ? stack1 : "")
    + "  \n**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "formReason", {"start":{"line":15,"column":4},"end":{"line":15,"column":16}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":15,"column":24},"end":{"line":15,"column":26}} )).call(alias3,lookupProperty(depth0,"formReason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":22},"end":{"line":15,"column":39}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "provenance", {"start":{"line":17,"column":5},"end":{"line":17,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":19,"column":4},"end":{"line":19,"column":16}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceFile", {"start":{"line":19,"column":23},"end":{"line":19,"column":35}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":19,"column":42},"end":{"line":19,"column":56}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":19,"column":63},"end":{"line":19,"column":77}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":19,"column":84},"end":{"line":19,"column":99}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "summary", {"start":{"line":25,"column":5},"end":{"line":25,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n\n**"
    + ((stack1 = (((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":27,"column":4},"end":{"line":27,"column":9}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":27,"column":11}}}) : helper))) != null ? stack1 : "")
    + "** "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "changesTotal", {"start":{"line":27,"column":16},"end":{"line":27,"column":30}} ), depth0)) != null ? stack1 : "")
    + ".\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "byKind", {"start":{"line":29,"column":4},"end":{"line":29,"column":12}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":29,"column":19},"end":{"line":29,"column":26}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"byKind"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "byEffect", {"start":{"line":35,"column":4},"end":{"line":35,"column":14}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":35,"column":21},"end":{"line":35,"column":28}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"byEffect"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + "\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "bySeverity", {"start":{"line":41,"column":4},"end":{"line":41,"column":16}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":41,"column":23},"end":{"line":41,"column":30}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"bySeverity"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "changeList", {"start":{"line":47,"column":5},"end":{"line":47,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colNumber", {"start":{"line":49,"column":4},"end":{"line":49,"column":15}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colWhere", {"start":{"line":49,"column":22},"end":{"line":49,"column":32}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colKind", {"start":{"line":49,"column":39},"end":{"line":49,"column":48}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colEffect", {"start":{"line":49,"column":55},"end":{"line":49,"column":66}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colReasons", {"start":{"line":49,"column":73},"end":{"line":49,"column":85}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colFindings", {"start":{"line":49,"column":92},"end":{"line":49,"column":105}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeRows"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":53,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedRows"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "findings", {"start":{"line":59,"column":5},"end":{"line":59,"column":15}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "navChanges", {"start":{"line":73,"column":5},"end":{"line":73,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeDetails"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":0},"end":{"line":77,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedDetails"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + "---\n\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":84,"column":2},"end":{"line":84,"column":15}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":84,"column":20},"end":{"line":84,"column":22}} )).call(alias3,lookupProperty(depth0,"tool"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":84,"column":18},"end":{"line":84,"column":29}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":84,"column":34},"end":{"line":84,"column":42}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":84,"column":47},"end":{"line":84,"column":60}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":84,"column":45},"end":{"line":84,"column":62}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/row.md.hbs": {key: "cc674bba48872880191a098b86f52daf25491de918cbb98a2d8e1390fc00df26", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":67},"end":{"line":2,"column":69}} )).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":65},"end":{"line":2,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":76},"end":{"line":2,"column":108}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":2,"column":146},"end":{"line":2,"column":153}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":2,"column":144},"end":{"line":2,"column":155}}}) : helper))) != null ? stack1 : "")
    + "**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":2,"column":167},"end":{"line":2,"column":174}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":2,"column":165},"end":{"line":2,"column":176}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"findings") || container.strict(depth0, "findings", {"start":{"line":2,"column":204},"end":{"line":2,"column":212}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"findings","hash":{},"data":data,"loc":{"start":{"line":2,"column":202},"end":{"line":2,"column":214}}}) : helper))) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "–";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":4},"end":{"line":2,"column":6}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":11}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":16},"end":{"line":2,"column":18}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":14},"end":{"line":2,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":2,"column":34},"end":{"line":2,"column":43}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":32},"end":{"line":2,"column":45}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":48},"end":{"line":2,"column":117}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reasonsMissing"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":120},"end":{"line":2,"column":183}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"findings"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":2,"column":186},"end":{"line":2,"column":230}}})) != null ? stack1 : "")
    + " |\n";
},"useData":true}},
  "md/finding.md.hbs": {key: "ee2319e22b7d0fb26509eafb2814a55bae2f4278460da1dd0942f5112b54ab76", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":85},"end":{"line":2,"column":153}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":104},"end":{"line":2,"column":106}} )).call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":102},"end":{"line":2,"column":114}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":114},"end":{"line":2,"column":144}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ", ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"mdCode")||container.strict(depth0, "mdCode", {"start":{"line":2,"column":193},"end":{"line":2,"column":199}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"place"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":2,"column":191},"end":{"line":2,"column":207}}})) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":2,"column":6},"end":{"line":2,"column":19}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":21}}}) : helper))) != null ? stack1 : "")
    + "** · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":28},"end":{"line":2,"column":30}} )).call(alias2,lookupProperty(depth0,"codeLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":42}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"mdCode")||alias1(depth0, "mdCode", {"start":{"line":2,"column":46},"end":{"line":2,"column":52}} )).call(alias2,lookupProperty(depth0,"code"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":2,"column":44},"end":{"line":2,"column":59}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":60},"end":{"line":2,"column":160}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":164},"end":{"line":2,"column":166}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":162},"end":{"line":2,"column":176}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"place"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":176},"end":{"line":2,"column":215}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/details.md.hbs": {key: "148cbdf9f4593e02a14f762d57e8fbf2d8cdf69a5973d4093cd91b1084be56ae", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":8,"column":6},"end":{"line":8,"column":8}} )).call(alias2,lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":17}}})) != null ? stack1 : "")
    + "** _("
    + ((stack1 = (((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":8,"column":24},"end":{"line":8,"column":33}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":8,"column":22},"end":{"line":8,"column":35}}}) : helper))) != null ? stack1 : "")
    + ")_\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- _"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "noEffect", {"start":{"line":11,"column":5},"end":{"line":11,"column":21}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":14,"column":4},"end":{"line":14,"column":20}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":25},"end":{"line":14,"column":27}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"from"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":23},"end":{"line":14,"column":39}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveTo", {"start":{"line":14,"column":42},"end":{"line":14,"column":56}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":61},"end":{"line":14,"column":63}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"to"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":59},"end":{"line":14,"column":73}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "relettered", {"start":{"line":17,"column":4},"end":{"line":17,"column":22}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":17,"column":28},"end":{"line":17,"column":30}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"relabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":26},"end":{"line":17,"column":40}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "declared", {"start":{"line":20,"column":4},"end":{"line":20,"column":20}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"declared") || alias1(depth0, "declared", {"start":{"line":20,"column":26},"end":{"line":20,"column":34}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"declared","hash":{},"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":36}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":23,"column":4},"end":{"line":23,"column":23}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":23,"column":29},"end":{"line":23,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"instruction"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":27},"end":{"line":23,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "before", {"start":{"line":27,"column":4},"end":{"line":27,"column":18}} ), depth0)) != null ? stack1 : "")
    + "** ("
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":27,"column":26},"end":{"line":27,"column":28}} )).call(alias2,lookupProperty(depth0,"currentCitation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":24},"end":{"line":27,"column":46}}})) != null ? stack1 : "")
    + "):\n\n> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":29,"column":4},"end":{"line":29,"column":10}} )).call(alias2,lookupProperty(depth0,"currentText"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":24}}})) != null ? stack1 : "")
    + "\n\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "after", {"start":{"line":33,"column":4},"end":{"line":33,"column":17}} ), depth0)) != null ? stack1 : "")
    + "** ("
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":33,"column":25},"end":{"line":33,"column":27}} )).call(alias2,lookupProperty(depth0,"proposedCitation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":23},"end":{"line":33,"column":46}}})) != null ? stack1 : "")
    + "):\n\n> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":35,"column":4},"end":{"line":35,"column":10}} )).call(alias2,lookupProperty(depth0,"proposedText"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":25}}})) != null ? stack1 : "")
    + "\n\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":20},"end":{"line":41,"column":14}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":39},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "wordDiff", {"start":{"line":39,"column":4},"end":{"line":39,"column":20}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"mdWords")||alias1(depth0, "mdWords", {"start":{"line":39,"column":28},"end":{"line":39,"column":35}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"words"),{"name":"mdWords","hash":{},"data":data,"loc":{"start":{"line":39,"column":26},"end":{"line":39,"column":43}}})) != null ? stack1 : "")
    + "\n\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " _"
    + ((stack1 = container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":42,"column":54},"end":{"line":42,"column":69}} ), depth0)) != null ? stack1 : "")
    + "_";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.lambda, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":45,"column":4},"end":{"line":45,"column":10}} )).call(alias2,lookupProperty(depth0,"excerpt"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":45,"column":2},"end":{"line":45,"column":20}}})) != null ? stack1 : "")
    + "\n>\n> — "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":47,"column":6},"end":{"line":47,"column":8}} )).call(alias2,lookupProperty(depth0,"documentLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":4},"end":{"line":47,"column":24}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":47,"column":27},"end":{"line":47,"column":29}} )).call(alias2,lookupProperty(depth0,"where"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":25},"end":{"line":47,"column":37}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias3(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "method", {"start":{"line":47,"column":41},"end":{"line":47,"column":55}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"methodLabel") || alias1(depth0, "methodLabel", {"start":{"line":47,"column":60},"end":{"line":47,"column":71}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"methodLabel","hash":{},"data":data,"loc":{"start":{"line":47,"column":58},"end":{"line":47,"column":73}}}) : helper))) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias3(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "score", {"start":{"line":47,"column":77},"end":{"line":47,"column":90}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"score") || alias1(depth0, "score", {"start":{"line":47,"column":95},"end":{"line":47,"column":100}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":47,"column":93},"end":{"line":47,"column":102}}}) : helper))) != null ? stack1 : "")
    + ")\n\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "changeFindings", {"start":{"line":51,"column":4},"end":{"line":51,"column":26}} ), depth0)) != null ? stack1 : "")
    + ":**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":54,"column":6},"end":{"line":54,"column":19}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":54,"column":4},"end":{"line":54,"column":21}}}) : helper))) != null ? stack1 : "")
    + "** · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":54,"column":28},"end":{"line":54,"column":30}} )).call(alias2,lookupProperty(depth0,"codeLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":26},"end":{"line":54,"column":42}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":54,"column":46},"end":{"line":54,"column":48}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":44},"end":{"line":54,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details>\n<summary>"
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":4,"column":11},"end":{"line":4,"column":17}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":22}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = (((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":4,"column":27},"end":{"line":4,"column":36}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":38}}}) : helper))) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":4,"column":43},"end":{"line":4,"column":49}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":4,"column":41},"end":{"line":4,"column":60}}})) != null ? stack1 : "")
    + "</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"effects"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"declared"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"words"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":21}}})) != null ? stack1 : "")
    + "\n**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":42,"column":4},"end":{"line":42,"column":19}} ), depth0)) != null ? stack1 : "")
    + ":**"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(lookupProperty(depth0,"reasons"),"length"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":24},"end":{"line":42,"column":83}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"reasons"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "</details>\n\n";
},"useData":true}}
}
