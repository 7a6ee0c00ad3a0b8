// Generated from the .hbs files in this folder by precompiledTemplates() (src/render/templates.ts); do not edit.
// Regenerate: UPDATE_TEMPLATES=1 npx vitest run test/render/templates.test.ts
'use strict'
module.exports = {
  "html/report.hbs": {key: "42c1f5ade86e6639cf8ae94ab7c75148efddf53cace960a3de1ef5b2f3000b9c", spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#findings\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "readerFindings", {"start":{"line":25,"column":49},"end":{"line":25,"column":65}} ), depth0))
    + "</a></li>";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#note\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "navNote", {"start":{"line":27,"column":34},"end":{"line":27,"column":43}} ), depth0))
    + "</a></li>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <span lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":32,"column":68},"end":{"line":32,"column":75}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":32,"column":66},"end":{"line":32,"column":77}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"regulation") || alias1(depth0, "regulation", {"start":{"line":32,"column":81},"end":{"line":32,"column":91}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"regulation","hash":{},"data":data,"loc":{"start":{"line":32,"column":79},"end":{"line":32,"column":93}}}) : helper)))
    + "</span>";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <span lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":32,"column":140},"end":{"line":32,"column":147}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":32,"column":138},"end":{"line":32,"column":149}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"ministry") || alias1(depth0, "ministry", {"start":{"line":32,"column":153},"end":{"line":32,"column":161}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ministry","hash":{},"data":data,"loc":{"start":{"line":32,"column":151},"end":{"line":32,"column":163}}}) : helper)))
    + "</span>";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":34,"column":40},"end":{"line":34,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":34,"column":38},"end":{"line":34,"column":47}}}) : helper)))
    + ": <strong>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":34,"column":59},"end":{"line":34,"column":64}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":34,"column":57},"end":{"line":34,"column":66}}}) : helper)))
    + "</strong></span>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":82},"end":{"line":34,"column":113}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return " · ";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"lead\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "whatChangesIntro", {"start":{"line":40,"column":18},"end":{"line":40,"column":36}} ), depth0))
    + "</p>\n<ul class=\"points\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"points"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><span lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":42,"column":34},"end":{"line":42,"column":47}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":42,"column":53},"end":{"line":42,"column":57}} ))),(typeof helper === "function" ? helper.call(alias3,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":42,"column":51},"end":{"line":42,"column":59}}}) : helper)))
    + "</span>: "
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":68},"end":{"line":42,"column":165}}})) != null ? stack1 : "")
    + "</li>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":42,"column":97},"end":{"line":42,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":42,"column":95},"end":{"line":42,"column":101}}}) : helper)))
    + "\" lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":42,"column":115},"end":{"line":42,"column":120}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":42,"column":113},"end":{"line":42,"column":122}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":126},"end":{"line":42,"column":156}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return ", ";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":47,"column":32},"end":{"line":47,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":47,"column":30},"end":{"line":47,"column":36}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":47,"column":40},"end":{"line":47,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":47,"column":38},"end":{"line":47,"column":50}}}) : helper)))
    + "</a> <span class=\"cite\" lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":47,"column":86},"end":{"line":47,"column":94}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":47,"column":84},"end":{"line":47,"column":96}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"more"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":96},"end":{"line":47,"column":155}}})) != null ? stack1 : "")
    + "</span></li>\n";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":47,"column":124},"end":{"line":47,"column":126}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":47,"column":122},"end":{"line":47,"column":128}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":47,"column":132},"end":{"line":47,"column":140}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":47,"column":130},"end":{"line":47,"column":142}}}) : helper)))
    + "</a>";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"section"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":55,"column":69}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":58,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"deferred")||container.strict(depth0, "deferred", {"start":{"line":55,"column":18},"end":{"line":55,"column":26}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"section"),{"name":"deferred","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":15},"end":{"line":55,"column":62}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"section"),depth0,{"name":"section","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"with","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":13},"end":{"line":58,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<p class=\"unchanged\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":57,"column":23},"end":{"line":57,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":57,"column":21},"end":{"line":57,"column":30}}}) : helper)))
    + " – <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":57,"column":45},"end":{"line":57,"column":49}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":57,"column":43},"end":{"line":57,"column":51}}}) : helper)))
    + "\">"
    + alias4(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "readUnchanged", {"start":{"line":57,"column":55},"end":{"line":57,"column":76}} ), depth0))
    + "</a></p>\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\"other-changes\" aria-labelledby=\"other-changes-h\">\n<h3 id=\"other-changes-h\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "otherChanges", {"start":{"line":62,"column":27},"end":{"line":62,"column":41}} ), depth0))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"otherChanges"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":63,"column":43}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"change"),depth0,{"name":"change","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\"editorial\" aria-labelledby=\"editorial-h\">\n<h3 id=\"editorial-h\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "editorialPart", {"start":{"line":68,"column":23},"end":{"line":68,"column":38}} ), depth0))
    + "</h3>\n<p class=\"hint\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "editorialIntro", {"start":{"line":69,"column":18},"end":{"line":69,"column":34}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"editorial"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":70,"column":40}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "readerFindings", {"start":{"line":76,"column":22},"end":{"line":76,"column":38}} ), depth0))
    + "</h2>\n<p class=\"hint\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "readerFindingsIntro", {"start":{"line":77,"column":18},"end":{"line":77,"column":39}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":78,"column":40}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"finding"),depth0,{"name":"finding","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"note"),{"name":"with","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":12},"end":{"line":94,"column":9}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<div class=\"appendix\">\n<h2 id=\"note\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "note", {"start":{"line":87,"column":16},"end":{"line":87,"column":28}} ), depth0))
    + "</h2>\n<p>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "noteIntro", {"start":{"line":88,"column":5},"end":{"line":88,"column":22}} ), depth0))
    + "</p>\n<p><strong lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":89,"column":19},"end":{"line":89,"column":32}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":89,"column":38},"end":{"line":89,"column":43}} ))),(typeof helper === "function" ? helper.call(alias4,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":89,"column":36},"end":{"line":89,"column":45}}}) : helper)))
    + "</strong></p>\n"
    + ((stack1 = (lookupProperty(helpers,"deferred")||alias1(depth0, "deferred", {"start":{"line":90,"column":3},"end":{"line":90,"column":11}} )).call(alias4,depth0,{"name":"deferred","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":92,"column":13}}})) != null ? stack1 : "")
    + "</div>\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"document"),depth0,{"name":"document","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"appendix\">\n<h2 id=\"background\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "background", {"start":{"line":97,"column":22},"end":{"line":97,"column":34}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"background"),{"name":"each","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3 lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":99,"column":12},"end":{"line":99,"column":25}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":99,"column":31},"end":{"line":99,"column":36}} ))),(typeof helper === "function" ? helper.call(alias3,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":99,"column":29},"end":{"line":99,"column":38}}}) : helper)))
    + "</h3>\n"
    + ((stack1 = (lookupProperty(helpers,"deferred")||alias1(depth0, "deferred", {"start":{"line":100,"column":3},"end":{"line":100,"column":11}} )).call(alias3,depth0,{"name":"deferred","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":102,"column":13}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"print-only\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "printNoteOmitted", {"start":{"line":106,"column":36},"end":{"line":106,"column":54}} ), depth0))
    + "</p>";
},"28":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "folded", {"start":{"line":113,"column":106},"end":{"line":113,"column":119}} ), depth0))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "aboutFolded", {"start":{"line":113,"column":124},"end":{"line":113,"column":137}} ), depth0));
},"29":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "editorial", {"start":{"line":113,"column":174},"end":{"line":113,"column":190}} ), depth0))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "aboutEditorial", {"start":{"line":113,"column":195},"end":{"line":113,"column":211}} ), depth0));
},"30":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>regdiff lint</dt><dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "diagnostics", {"start":{"line":114,"column":53},"end":{"line":114,"column":71}} ), depth0))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"t"), "aboutDiagnostics", {"start":{"line":114,"column":76},"end":{"line":114,"column":94}} ), depth0))
    + "</dd>";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRole", {"start":{"line":122,"column":18},"end":{"line":122,"column":36}} ), depth0))
    + "\"><strong>"
    + alias3((((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":122,"column":50},"end":{"line":122,"column":59}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":122,"column":48},"end":{"line":122,"column":61}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":122,"column":70},"end":{"line":122,"column":141}}})) != null ? stack1 : "")
    + "<br><code>"
    + alias3((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":122,"column":153},"end":{"line":122,"column":157}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":122,"column":151},"end":{"line":122,"column":159}}}) : helper)))
    + "</code></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceStatus", {"start":{"line":123,"column":18},"end":{"line":123,"column":38}} ), depth0))
    + "\"><span class=\"status status-"
    + alias3((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":123,"column":71},"end":{"line":123,"column":77}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":123,"column":69},"end":{"line":123,"column":79}}}) : helper)))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":123,"column":83},"end":{"line":123,"column":94}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":123,"column":81},"end":{"line":123,"column":96}}}) : helper)))
    + "</span></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceOrigin", {"start":{"line":124,"column":18},"end":{"line":124,"column":38}} ), depth0))
    + "\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":124,"column":50},"end":{"line":124,"column":63}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"source") || alias1(depth0, "source", {"start":{"line":124,"column":69},"end":{"line":124,"column":75}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"source","hash":{},"data":data,"loc":{"start":{"line":124,"column":67},"end":{"line":124,"column":77}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRemarks", {"start":{"line":125,"column":18},"end":{"line":125,"column":39}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(35, data, 0),"data":data,"loc":{"start":{"line":125,"column":43},"end":{"line":125,"column":173}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"32":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><span lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":122,"column":101},"end":{"line":122,"column":114}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":122,"column":120},"end":{"line":122,"column":125}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":122,"column":118},"end":{"line":122,"column":127}}}) : helper)))
    + "</span>";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul lang=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "docLang", {"start":{"line":125,"column":77},"end":{"line":125,"column":90}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":125,"column":94},"end":{"line":125,"column":137}}})) != null ? stack1 : "")
    + "</ul>";
},"34":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"35":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":125,"column":152},"end":{"line":125,"column":164}} ), depth0));
},"36":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias2(container.lambda(alias1(lookupProperty(depth0,"t"), "reportDate", {"start":{"line":133,"column":23},"end":{"line":133,"column":35}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"reportDate") || alias1(depth0, "reportDate", {"start":{"line":133,"column":41},"end":{"line":133,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reportDate","hash":{},"data":data,"loc":{"start":{"line":133,"column":39},"end":{"line":133,"column":53}}}) : helper)))
    + " · ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":7,"column":14},"end":{"line":7,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '"
    + alias4((((helper = lookupProperty(helpers,"scriptHash") || alias1(depth0, "scriptHash", {"start":{"line":11,"column":113},"end":{"line":11,"column":123}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"scriptHash","hash":{},"data":data,"loc":{"start":{"line":11,"column":111},"end":{"line":11,"column":125}}}) : helper)))
    + "'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\""
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":13,"column":34},"end":{"line":13,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":13,"column":32},"end":{"line":13,"column":40}}}) : helper)))
    + "\">\n<title>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":14,"column":9},"end":{"line":14,"column":22}} ), depth0))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":14,"column":28},"end":{"line":14,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":26},"end":{"line":14,"column":35}}}) : helper)))
    + "</title>\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"css") || alias1(depth0, "css", {"start":{"line":16,"column":3},"end":{"line":16,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"css","hash":{},"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "skipToChanges", {"start":{"line":20,"column":34},"end":{"line":20,"column":49}} ), depth0))
    + "</a>\n<nav class=\"toolbar\" aria-label=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navLabel", {"start":{"line":21,"column":35},"end":{"line":21,"column":45}} ), depth0))
    + "\">\n<ul>\n<li><a href=\"#summary\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navSummary", {"start":{"line":23,"column":25},"end":{"line":23,"column":37}} ), depth0))
    + "</a></li>\n<li><a href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navChanges", {"start":{"line":24,"column":25},"end":{"line":24,"column":37}} ), depth0))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":25,"column":83}}})) != null ? stack1 : "")
    + "\n<li><a href=\"#consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navConsolidated", {"start":{"line":26,"column":30},"end":{"line":26,"column":47}} ), depth0))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":27,"column":61}}})) != null ? stack1 : "")
    + "\n<li><a href=\"#about\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "about", {"start":{"line":28,"column":23},"end":{"line":28,"column":30}} ), depth0))
    + "</a></li>\n</ul>\n</nav>\n<header class=\"top\">\n<p class=\"kind\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":32,"column":18},"end":{"line":32,"column":31}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":33},"end":{"line":32,"column":107}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":107},"end":{"line":32,"column":177}}})) != null ? stack1 : "")
    + "</p>\n<h1 lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":33,"column":12},"end":{"line":33,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":33,"column":10},"end":{"line":33,"column":21}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":33,"column":25},"end":{"line":33,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":33,"column":23},"end":{"line":33,"column":32}}}) : helper)))
    + "</h1>\n<p class=\"dates\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":17},"end":{"line":34,"column":122}}})) != null ? stack1 : "")
    + "</p>\n</header>\n<main>\n<section id=\"summary\" tabindex=\"-1\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "whatChanges", {"start":{"line":38,"column":21},"end":{"line":38,"column":34}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"points"),"length"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + "<h3 id=\"ranked\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "byConsequence", {"start":{"line":45,"column":18},"end":{"line":45,"column":33}} ), depth0))
    + "</h3>\n<ol class=\"ranked\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"ranked"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":48,"column":9}}})) != null ? stack1 : "")
    + "</ol>\n<p class=\"downloads\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "downloads", {"start":{"line":49,"column":23},"end":{"line":49,"column":34}} ), depth0))
    + ": <a href=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"files"), "docx", {"start":{"line":49,"column":49},"end":{"line":49,"column":59}} ), depth0))
    + "\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "downloadDocx", {"start":{"line":49,"column":65},"end":{"line":49,"column":79}} ), depth0))
    + "</a> · <a href=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"files"), "answer", {"start":{"line":49,"column":99},"end":{"line":49,"column":111}} ), depth0))
    + "\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "downloadAnswer", {"start":{"line":49,"column":117},"end":{"line":49,"column":133}} ), depth0))
    + "</a> · <a href=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"files"), "consolidated", {"start":{"line":49,"column":153},"end":{"line":49,"column":171}} ), depth0))
    + "\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "downloadConsolidated", {"start":{"line":49,"column":177},"end":{"line":49,"column":199}} ), depth0))
    + "</a></p>\n</section>\n<section id=\"changes\" tabindex=\"-1\" aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changesPart", {"start":{"line":52,"column":21},"end":{"line":52,"column":34}} ), depth0))
    + "</h2>\n<p class=\"hint\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changesPartIntro", {"start":{"line":53,"column":18},"end":{"line":53,"column":36}} ), depth0))
    + " "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "keyboardHint", {"start":{"line":53,"column":41},"end":{"line":53,"column":55}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"entries"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":59,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"otherChanges"),"length"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"editorial"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":72,"column":7}}})) != null ? stack1 : "")
    + "</section>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":80,"column":7}}})) != null ? stack1 : "")
    + "<h2 id=\"consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidated", {"start":{"line":81,"column":24},"end":{"line":81,"column":38}} ), depth0))
    + "</h2>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidatedIntro", {"start":{"line":82,"column":5},"end":{"line":82,"column":24}} ), depth0))
    + "</p>\n<div class=\"consolidated\" lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":83,"column":34},"end":{"line":83,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":83,"column":32},"end":{"line":83,"column":43}}}) : helper)))
    + "\">\n"
    + alias4((lookupProperty(helpers,"consolidatedText")||alias1(depth0, "consolidatedText", {"start":{"line":84,"column":2},"end":{"line":84,"column":18}} )).call(alias2,lookupProperty(depth0,"consolidated"),{"name":"consolidatedText","hash":{},"data":data,"loc":{"start":{"line":84,"column":0},"end":{"line":84,"column":33}}}))
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":0},"end":{"line":94,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":105,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":106,"column":0},"end":{"line":106,"column":67}}})) != null ? stack1 : "")
    + "\n<section id=\"about\" aria-labelledby=\"about-h\">\n<h2 id=\"about-h\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "about", {"start":{"line":108,"column":19},"end":{"line":108,"column":26}} ), depth0))
    + "</h2>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "aboutIntro", {"start":{"line":109,"column":5},"end":{"line":109,"column":17}} ), depth0))
    + "</p>\n<dl class=\"meta\">\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":111,"column":6},"end":{"line":111,"column":12}} ), depth0))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":111,"column":25},"end":{"line":111,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":111,"column":23},"end":{"line":111,"column":36}}}) : helper)))
    + "</dd>\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "formReason", {"start":{"line":112,"column":6},"end":{"line":112,"column":18}} ), depth0))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"formReason") || alias1(depth0, "formReason", {"start":{"line":112,"column":31},"end":{"line":112,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formReason","hash":{},"data":data,"loc":{"start":{"line":112,"column":29},"end":{"line":112,"column":43}}}) : helper)))
    + "</dd>\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "aboutCounts", {"start":{"line":113,"column":6},"end":{"line":113,"column":19}} ), depth0))
    + "</dt><dd>"
    + alias4(alias5(alias1(lookupProperty(depth0,"counts"), "total", {"start":{"line":113,"column":32},"end":{"line":113,"column":44}} ), depth0))
    + ": "
    + alias4(alias5(alias1(lookupProperty(depth0,"counts"), "cards", {"start":{"line":113,"column":50},"end":{"line":113,"column":62}} ), depth0))
    + " "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "aboutCards", {"start":{"line":113,"column":67},"end":{"line":113,"column":79}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"counts"),"folded"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":113,"column":81},"end":{"line":113,"column":146}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"counts"),"editorial"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":113,"column":146},"end":{"line":113,"column":220}}})) != null ? stack1 : "")
    + ".</dd>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"counts"),"diagnostics"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":114,"column":0},"end":{"line":114,"column":108}}})) != null ? stack1 : "")
    + "\n</dl>\n<h3 id=\"sources\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "provenance", {"start":{"line":116,"column":19},"end":{"line":116,"column":31}} ), depth0))
    + "</h3>\n<table class=\"stack\">\n<thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":118,"column":29},"end":{"line":118,"column":41}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":118,"column":66},"end":{"line":118,"column":80}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":118,"column":105},"end":{"line":118,"column":119}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":118,"column":144},"end":{"line":118,"column":159}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":120,"column":0},"end":{"line":127,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</section>\n</main>\n<footer>\n<p>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reportDate"),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":133,"column":3},"end":{"line":133,"column":63}}})) != null ? stack1 : "")
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":133,"column":65},"end":{"line":133,"column":78}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":133,"column":83},"end":{"line":133,"column":87}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":133,"column":81},"end":{"line":133,"column":89}}}) : helper)))
    + " · "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":133,"column":94},"end":{"line":133,"column":102}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":133,"column":107},"end":{"line":133,"column":120}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":133,"column":105},"end":{"line":133,"column":122}}}) : helper)))
    + "</p>\n</footer>\n\u003Cscript>"
    + ((stack1 = (((helper = lookupProperty(helpers,"script") || alias1(depth0, "script", {"start":{"line":135,"column":11},"end":{"line":135,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"script","hash":{},"data":data,"loc":{"start":{"line":135,"column":8},"end":{"line":135,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\u003C/script>\n</body>\n</html>\n";
},"usePartial":true,"useData":true}},
  "html/partials/finding.hbs": {key: "b5a59bcaaa2985386f40c7cd0453368711c40da5e0760c947ab32bead552436f", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":54},"end":{"line":2,"column":151}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":2,"column":83},"end":{"line":2,"column":85}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":2,"column":81},"end":{"line":2,"column":87}}}) : helper)))
    + "\" lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":2,"column":101},"end":{"line":2,"column":106}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":2,"column":99},"end":{"line":2,"column":108}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":112},"end":{"line":2,"column":142}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ", ";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <a href=\"#findings\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"moreLabel") || container.strict(depth0, "moreLabel", {"start":{"line":2,"column":198},"end":{"line":2,"column":207}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"moreLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":196},"end":{"line":2,"column":209}}}) : helper)))
    + "</a>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"finding "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":1,"column":22},"end":{"line":1,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":1,"column":20},"end":{"line":1,"column":32}}}) : helper)))
    + "\">\n<p><strong>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":2,"column":13},"end":{"line":2,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":11},"end":{"line":2,"column":20}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":29},"end":{"line":2,"column":158}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"moreLabel"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":158},"end":{"line":2,"column":220}}})) != null ? stack1 : "")
    + "</p>\n<p lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "lang", {"start":{"line":3,"column":11},"end":{"line":3,"column":21}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"message") || alias1(depth0, "message", {"start":{"line":3,"column":27},"end":{"line":3,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":3,"column":25},"end":{"line":3,"column":36}}}) : helper)))
    + "</p>\n</div>\n";
},"useData":true}},
  "html/partials/prevnext.hbs": {key: "b92414e40ff22820647cd6804cb17616078676ee5d9be0ae3b616768464ac897", spec: {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias3(alias2(alias1(lookupProperty(depth0,"previous"), "id", {"start":{"line":2,"column":28},"end":{"line":2,"column":39}} ), depth0))
    + "\" rel=\"prev\">← "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "previous", {"start":{"line":2,"column":58},"end":{"line":2,"column":74}} ), depth0))
    + " <span lang=\"nb\">("
    + alias3(alias2(alias1(lookupProperty(depth0,"previous"), "label", {"start":{"line":2,"column":96},"end":{"line":2,"column":110}} ), depth0))
    + ")</span></a>";
},"1":function(container,depth0,helpers,partials,data) {
    return "<span></span>";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias3(alias2(alias1(lookupProperty(depth0,"next"), "id", {"start":{"line":4,"column":24},"end":{"line":4,"column":31}} ), depth0))
    + "\" rel=\"next\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "next", {"start":{"line":4,"column":48},"end":{"line":4,"column":60}} ), depth0))
    + " <span lang=\"nb\">("
    + alias3(alias2(alias1(lookupProperty(depth0,"next"), "label", {"start":{"line":4,"column":82},"end":{"line":4,"column":92}} ), depth0))
    + ")</span> →</a>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav class=\"prevnext\" aria-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "change", {"start":{"line":1,"column":36},"end":{"line":1,"column":50}} ), depth0))
    + ": "
    + alias3((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":1,"column":56},"end":{"line":1,"column":64}} ))),(typeof helper === "function" ? helper.call(alias4,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":1,"column":54},"end":{"line":1,"column":66}}}) : helper)))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"previous"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":152}}})) != null ? stack1 : "")
    + "\n<a href=\"#summary\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "toTop", {"start":{"line":3,"column":21},"end":{"line":3,"column":34}} ), depth0))
    + "</a>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":136}}})) != null ? stack1 : "")
    + "\n</nav>\n";
},"useData":true}},
  "html/partials/change.hbs": {key: "6bce87298aba3f555d577974089a202c16022b57fb347063087173f2bdf76804", spec: {"0":function(container,depth0,helpers,partials,data) {
    return " quiet";
},"1":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":3,"column":68},"end":{"line":3,"column":84}} ), depth0))
    + " <span lang=\"nb\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"move"), "from", {"start":{"line":3,"column":105},"end":{"line":3,"column":114}} ), depth0))
    + "</span>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"kindLabel") || container.strict(depth0, "kindLabel", {"start":{"line":3,"column":133},"end":{"line":3,"column":142}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":3,"column":131},"end":{"line":3,"column":144}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "relettered", {"start":{"line":3,"column":171},"end":{"line":3,"column":189}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"relabel") || alias1(depth0, "relabel", {"start":{"line":3,"column":195},"end":{"line":3,"column":202}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relabel","hash":{},"data":data,"loc":{"start":{"line":3,"column":193},"end":{"line":3,"column":204}}}) : helper)));
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"effect\">"
    + alias4((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":4,"column":37},"end":{"line":4,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":45}}}) : helper)))
    + " <span class=\"etype\">("
    + alias4((((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":4,"column":69},"end":{"line":4,"column":78}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":4,"column":67},"end":{"line":4,"column":80}}}) : helper)))
    + ")</span></p>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"folded\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"folded"),"ids"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":32},"end":{"line":5,"column":114}}})) != null ? stack1 : "")
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "consequential", {"start":{"line":5,"column":116},"end":{"line":5,"column":137}} ), depth0))
    + ": "
    + alias3(alias2(alias1(lookupProperty(depth0,"folded"), "line", {"start":{"line":5,"column":143},"end":{"line":5,"column":154}} ), depth0))
    + "</p>";
},"6":function(container,depth0,helpers,partials,data) {
    var alias1=container.lambda, alias2=container.escapeExpression;

  return "<span id=\""
    + alias2(alias1(depth0, depth0))
    + "\" data-change-id=\""
    + alias2(alias1(depth0, depth0))
    + "\"></span>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"folded\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "editorialSource", {"start":{"line":6,"column":43},"end":{"line":6,"column":66}} ), depth0))
    + ": <q lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":6,"column":81},"end":{"line":6,"column":94}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"editorialRemark") || alias1(depth0, "editorialRemark", {"start":{"line":6,"column":100},"end":{"line":6,"column":115}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"editorialRemark","hash":{},"data":data,"loc":{"start":{"line":6,"column":98},"end":{"line":6,"column":117}}}) : helper)))
    + "</q></p>";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":7,"column":24},"end":{"line":7,"column":43}} ), depth0))
    + ": <q lang=\"nb\">"
    + alias2((((helper = lookupProperty(helpers,"instruction") || alias1(depth0, "instruction", {"start":{"line":7,"column":62},"end":{"line":7,"column":73}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"instruction","hash":{},"data":data,"loc":{"start":{"line":7,"column":60},"end":{"line":7,"column":75}}}) : helper)))
    + "</q></p>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"words\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":8,"column":37},"end":{"line":8,"column":50}} ), depth0))
    + "\"><span class=\"wl\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "wordChanges", {"start":{"line":8,"column":73},"end":{"line":8,"column":92}} ), depth0))
    + ":</span> "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"words"),lookupProperty(depth0,"words"),{"name":"words","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</p>";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reason"),{"name":"with","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":14},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<div class=\"reason\">\n<p class=\"src\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":11,"column":17},"end":{"line":11,"column":32}} ), depth0))
    + " · <span lang=\"nb\">"
    + alias3((((helper = lookupProperty(helpers,"where") || alias1(depth0, "where", {"start":{"line":11,"column":55},"end":{"line":11,"column":60}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"where","hash":{},"data":data,"loc":{"start":{"line":11,"column":53},"end":{"line":11,"column":62}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":69},"end":{"line":11,"column":127}}})) != null ? stack1 : "")
    + "</p>\n<blockquote lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":12,"column":20},"end":{"line":12,"column":33}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"excerpt") || alias1(depth0, "excerpt", {"start":{"line":12,"column":39},"end":{"line":12,"column":46}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"excerpt","hash":{},"data":data,"loc":{"start":{"line":12,"column":37},"end":{"line":12,"column":48}}}) : helper)))
    + "</blockquote>\n</div>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":11,"column":95},"end":{"line":11,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":11,"column":93},"end":{"line":11,"column":101}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"linkLabel") || alias1(depth0, "linkLabel", {"start":{"line":11,"column":105},"end":{"line":11,"column":114}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"linkLabel","hash":{},"data":data,"loc":{"start":{"line":11,"column":103},"end":{"line":11,"column":116}}}) : helper)))
    + "</a>";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":14,"column":28},"end":{"line":14,"column":30}} )).call(alias1,lookupProperty(depth0,"placement"),"editorial",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":14,"column":27},"end":{"line":14,"column":53}}}),{"name":"unless","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":17},"end":{"line":14,"column":109}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"noeffect\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":14,"column":77},"end":{"line":14,"column":92}} ), depth0))
    + "</p>";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details class=\"more\"><summary>"
    + container.escapeExpression(container.lambda(alias1(lookupProperty(depth0,"moreReasons"), "length", {"start":{"line":15,"column":59},"end":{"line":15,"column":77}} ), depth0))
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":15,"column":87},"end":{"line":15,"column":89}} )).call(alias2,lookupProperty(lookupProperty(depth0,"moreReasons"),"length"),1,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":15,"column":86},"end":{"line":15,"column":111}}}),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":15,"column":80},"end":{"line":15,"column":173}}})) != null ? stack1 : "")
    + "</summary>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"moreReasons"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "")
    + "</details>";
},"16":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "moreReason", {"start":{"line":15,"column":115},"end":{"line":15,"column":133}} ), depth0));
},"17":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "moreReasons", {"start":{"line":15,"column":145},"end":{"line":15,"column":164}} ), depth0));
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"reason\"><p class=\"src\"><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"where") || alias1(depth0, "where", {"start":{"line":16,"column":74},"end":{"line":16,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"where","hash":{},"data":data,"loc":{"start":{"line":16,"column":72},"end":{"line":16,"column":81}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":88},"end":{"line":16,"column":146}}})) != null ? stack1 : "")
    + "</p><blockquote lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":16,"column":170},"end":{"line":16,"column":183}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"excerpt") || alias1(depth0, "excerpt", {"start":{"line":16,"column":189},"end":{"line":16,"column":196}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"excerpt","hash":{},"data":data,"loc":{"start":{"line":16,"column":187},"end":{"line":16,"column":198}}}) : helper)))
    + "</blockquote></div>\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"src\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "alsoBackground", {"start":{"line":18,"column":42},"end":{"line":18,"column":64}} ), depth0))
    + ": "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"background"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":68},"end":{"line":18,"column":274}}})) != null ? stack1 : "")
    + "</p>";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":18,"column":88},"end":{"line":18,"column":235}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":235},"end":{"line":18,"column":265}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":18,"column":111},"end":{"line":18,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":18,"column":109},"end":{"line":18,"column":117}}}) : helper)))
    + "\" lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":18,"column":127},"end":{"line":18,"column":140}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"documentLabel") || alias1(depth0, "documentLabel", {"start":{"line":18,"column":146},"end":{"line":18,"column":159}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"documentLabel","hash":{},"data":data,"loc":{"start":{"line":18,"column":144},"end":{"line":18,"column":161}}}) : helper)))
    + "</a>";
},"22":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":18,"column":187},"end":{"line":18,"column":200}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"documentLabel") || alias1(depth0, "documentLabel", {"start":{"line":18,"column":206},"end":{"line":18,"column":219}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"documentLabel","hash":{},"data":data,"loc":{"start":{"line":18,"column":204},"end":{"line":18,"column":221}}}) : helper)))
    + "</span>";
},"23":function(container,depth0,helpers,partials,data) {
    return ", ";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"finding"),depth0,{"name":"finding","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"change"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":1,"column":29},"end":{"line":1,"column":31}} )).call(alias2,lookupProperty(depth0,"placement"),"editorial",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":28},"end":{"line":1,"column":54}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":22},"end":{"line":1,"column":69}}})) != null ? stack1 : "")
    + "\" id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":1,"column":77},"end":{"line":1,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":1,"column":75},"end":{"line":1,"column":81}}}) : helper)))
    + "\" data-change-id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":1,"column":101},"end":{"line":1,"column":103}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":1,"column":99},"end":{"line":1,"column":105}}}) : helper)))
    + "\" tabindex=\"-1\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":1,"column":140},"end":{"line":1,"column":142}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":1,"column":138},"end":{"line":1,"column":144}}}) : helper)))
    + "-h\">\n<h4 id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":2,"column":10},"end":{"line":2,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":2,"column":8},"end":{"line":2,"column":14}}}) : helper)))
    + "-h\">"
    + alias4((((helper = lookupProperty(helpers,"headline") || alias1(depth0, "headline", {"start":{"line":2,"column":20},"end":{"line":2,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":2,"column":18},"end":{"line":2,"column":30}}}) : helper)))
    + "</h4>\n<p class=\"meta\"><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":3,"column":34},"end":{"line":3,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":3,"column":32},"end":{"line":3,"column":44}}}) : helper)))
    + "</span> · "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":3,"column":54},"end":{"line":3,"column":151}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":151},"end":{"line":3,"column":211}}})) != null ? stack1 : "")
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":101}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"folded"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":167}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"editorialRemark"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":132}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":90}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":131}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":14,"column":116}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"moreReasons"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":26}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":285}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":40}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"prevnext"),depth0,{"name":"prevnext","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"usePartial":true,"useData":true}},
  "html/partials/section.hbs": {key: "109ce46982c1093796bca62ef743e009d1762f0a4c011be6e2660ba19386a1d1", spec: {"0":function(container,depth0,helpers,partials,data) {
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
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":38}}})) != null ? stack1 : "")
    + "\n"
    + alias4((lookupProperty(helpers,"rowTable")||alias1(depth0, "rowTable", {"start":{"line":5,"column":2},"end":{"line":5,"column":10}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowTable","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":17}}}))
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
  "html/partials/rows.hbs": {key: "dad8dd4248fa0f9ba5cb8b52e5d4f267a509940d11964276efbea9bb7d97b8d3", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"changed"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":53}}})) != null ? stack1 : "")
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"current"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":273}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"proposed"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":420}}})) != null ? stack1 : "")
    + "\n</tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "changed";
},"2":function(container,depth0,helpers,partials,data) {
    return "equal";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "current", {"start":{"line":7,"column":33},"end":{"line":7,"column":48}} ), depth0))
    + "\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":7,"column":60},"end":{"line":7,"column":73}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"current"),"label"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":77},"end":{"line":7,"column":149}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"words"),lookupProperty(lookupProperty(depth0,"current"),"ops"),{"name":"words","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"label\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"current"), "label", {"start":{"line":7,"column":120},"end":{"line":7,"column":133}} ), depth0))
    + "</span>";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"empty\" data-label=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "current", {"start":{"line":7,"column":217},"end":{"line":7,"column":232}} ), depth0))
    + "\"><span class=\"vh\">–</span></td>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "proposed", {"start":{"line":8,"column":34},"end":{"line":8,"column":50}} ), depth0))
    + "\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":8,"column":62},"end":{"line":8,"column":75}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"proposed"),"label"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":79},"end":{"line":8,"column":153}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"proposed"),"formerLabel"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":153},"end":{"line":8,"column":266}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"words"),lookupProperty(lookupProperty(depth0,"proposed"),"ops"),{"name":"words","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"rownotes"),depth0,{"name":"rownotes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"label\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"proposed"), "label", {"start":{"line":8,"column":123},"end":{"line":8,"column":137}} ), depth0))
    + "</span>";
},"8":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"former\">("
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "formerLabel", {"start":{"line":8,"column":205},"end":{"line":8,"column":224}} ), depth0))
    + " "
    + alias3(alias2(alias1(lookupProperty(depth0,"proposed"), "formerLabel", {"start":{"line":8,"column":229},"end":{"line":8,"column":249}} ), depth0))
    + ")</span>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"empty\" data-label=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "proposed", {"start":{"line":8,"column":349},"end":{"line":8,"column":365}} ), depth0))
    + "\"><span class=\"vh\">–</span>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"rownotes"),depth0,{"name":"rownotes","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table class=\"sbs stack\">\n<caption>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sectionText", {"start":{"line":2,"column":11},"end":{"line":2,"column":30}} ), depth0))
    + "</caption>\n<thead><tr><th scope=\"col\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "current", {"start":{"line":3,"column":29},"end":{"line":3,"column":44}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "proposed", {"start":{"line":3,"column":69},"end":{"line":3,"column":85}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"usePartial":true,"useData":true}},
  "html/partials/rownotes.hbs": {key: "631dbb55dc6a5fb6542bbeca52282e621a0a3f5a4ac2984f1fdd919a18297726", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"rowmeta\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":42},"end":{"line":1,"column":150}}})) != null ? stack1 : "")
    + "</span>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":1,"column":68},"end":{"line":1,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":1,"column":66},"end":{"line":1,"column":74}}}) : helper)))
    + "\" lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "lang", {"start":{"line":1,"column":84},"end":{"line":1,"column":94}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":100},"end":{"line":1,"column":104}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":98},"end":{"line":1,"column":106}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":110},"end":{"line":1,"column":141}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return " · ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"notes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":164}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "html/partials/words.hbs": {key: "cb1c50fc54258b5947a6ed4b02cc3641fb31f8d7d3d772a478f766e1533d44af", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":33},"end":{"line":1,"column":35}} )).call(alias1,lookupProperty(depth0,"op"),"equal",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":32},"end":{"line":1,"column":47}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":255}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"text") || container.strict(depth0, "text", {"start":{"line":1,"column":51},"end":{"line":1,"column":55}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":49},"end":{"line":1,"column":57}}}) : helper)));
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"lead") || alias1(depth0, "lead", {"start":{"line":1,"column":67},"end":{"line":1,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":1,"column":65},"end":{"line":1,"column":73}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||alias1(depth0, "eq", {"start":{"line":1,"column":80},"end":{"line":1,"column":82}} )).call(alias2,lookupProperty(depth0,"op"),"insert",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":79},"end":{"line":1,"column":95}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":73},"end":{"line":1,"column":239}}})) != null ? stack1 : "")
    + alias4((((helper = lookupProperty(helpers,"trail") || alias1(depth0, "trail", {"start":{"line":1,"column":241},"end":{"line":1,"column":246}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"trail","hash":{},"data":data,"loc":{"start":{"line":1,"column":239},"end":{"line":1,"column":248}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ins><span class=\"vh\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "inserted", {"start":{"line":1,"column":121},"end":{"line":1,"column":137}} ), depth0))
    + " </span>"
    + alias2((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":149},"end":{"line":1,"column":153}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":147},"end":{"line":1,"column":155}}}) : helper)))
    + "</ins>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<del><span class=\"vh\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "deleted", {"start":{"line":1,"column":193},"end":{"line":1,"column":208}} ), depth0))
    + " </span>"
    + alias2((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":220},"end":{"line":1,"column":224}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":218},"end":{"line":1,"column":226}}}) : helper)))
    + "</del>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,(lookupProperty(helpers,"wordParts")||container.strict(depth0, "wordParts", {"start":{"line":1,"column":9},"end":{"line":1,"column":18}} )).call(alias1,depth0,{"name":"wordParts","hash":{},"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":24}}}),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":264}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "html/partials/paragraphs.hbs": {key: "965c4dcb9ab34e5a9bc659dbd4434e9364438a0131cd90661eeabbd3d2a77c7d", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"label"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":14},"end":{"line":1,"column":122}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"item\"><span class=\"label\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":1,"column":65},"end":{"line":1,"column":70}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":1,"column":63},"end":{"line":1,"column":72}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":1,"column":82},"end":{"line":1,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":80},"end":{"line":1,"column":88}}}) : helper)))
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"text") || container.strict(depth0, "text", {"start":{"line":1,"column":105},"end":{"line":1,"column":109}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":103},"end":{"line":1,"column":111}}}) : helper)))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":131}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "html/partials/consolidated-section.hbs": {key: "308df73c4fe361a73288df8e21f83514de9919ac452ab1d1e682cd6d9cc54366", spec: {"0":function(container,depth0,helpers,partials,data) {
    return "</details>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"fold"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":2,"column":22},"end":{"line":5,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details class=\"chapter\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"open"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":58},"end":{"line":2,"column":82}}})) != null ? stack1 : "")
    + ">\n<summary><h3>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"chapter") || container.strict(depth0, "chapter", {"start":{"line":3,"column":15},"end":{"line":3,"column":22}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"chapter","hash":{},"data":data,"loc":{"start":{"line":3,"column":13},"end":{"line":3,"column":24}}}) : helper)))
    + "</h3></summary>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return " open";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"chapter") || container.strict(depth0, "chapter", {"start":{"line":4,"column":14},"end":{"line":4,"column":21}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"chapter","hash":{},"data":data,"loc":{"start":{"line":4,"column":12},"end":{"line":4,"column":23}}}) : helper)))
    + "</h3>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"section"),{"name":"with","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":29},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"sec\" id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":5,"column":69},"end":{"line":5,"column":75}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":5,"column":67},"end":{"line":5,"column":77}}}) : helper)))
    + "\">\n<h4>"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":6,"column":6},"end":{"line":6,"column":13}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":15}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"changesAnchor"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":15},"end":{"line":6,"column":123}}})) != null ? stack1 : "")
    + "</h4>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"paragraphs"),lookupProperty(depth0,"paragraphs"),{"name":"paragraphs","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <a href=\"#"
    + alias2((((helper = lookupProperty(helpers,"changesAnchor") || alias1(depth0, "changesAnchor", {"start":{"line":6,"column":49},"end":{"line":6,"column":62}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"changesAnchor","hash":{},"data":data,"loc":{"start":{"line":6,"column":47},"end":{"line":6,"column":64}}}) : helper)))
    + "\" lang=\""
    + alias2(alias3(alias1(lookupProperty(data,"root"), "lang", {"start":{"line":6,"column":74},"end":{"line":6,"column":84}} ), depth0))
    + "\">("
    + alias2(alias3(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "seeChanges", {"start":{"line":6,"column":91},"end":{"line":6,"column":109}} ), depth0))
    + ")</a>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"closeFold"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":2,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"chapter"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":7},"end":{"line":5,"column":14}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"section"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":14},"end":{"line":9,"column":16}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true}},
  "md/report.md.hbs": {key: "a0f828a108bd65f49d8f64c48de0091fbf12a0812f758270f9837e1a42c5fd4c", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":9,"column":20},"end":{"line":9,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"regulation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":18},"end":{"line":9,"column":35}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":9,"column":63},"end":{"line":9,"column":65}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ministry"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":61},"end":{"line":9,"column":76}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":9,"column":103},"end":{"line":9,"column":105}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":101},"end":{"line":9,"column":113}}})) != null ? stack1 : "")
    + ": **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":9,"column":119},"end":{"line":9,"column":121}} )).call(alias2,lookupProperty(depth0,"value"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":117},"end":{"line":9,"column":129}}})) != null ? stack1 : "")
    + "**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"t"), "whatChanges", {"start":{"line":12,"column":5},"end":{"line":12,"column":18}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"points"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":15,"column":4},"end":{"line":15,"column":6}} )).call(alias1,lookupProperty(depth0,"text"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":13}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":15},"end":{"line":15,"column":94}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "["
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":15,"column":35},"end":{"line":15,"column":37}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":33},"end":{"line":15,"column":45}}})) != null ? stack1 : "")
    + "](#"
    + ((stack1 = (((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":15,"column":50},"end":{"line":15,"column":52}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":15,"column":48},"end":{"line":15,"column":54}}}) : helper))) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":55},"end":{"line":15,"column":85}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return ", ";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedRows") || alias1(depth0, "omittedRows", {"start":{"line":26,"column":3},"end":{"line":26,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedRows","hash":{},"data":data,"loc":{"start":{"line":26,"column":1},"end":{"line":26,"column":16}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedRows", {"start":{"line":26,"column":19},"end":{"line":26,"column":32}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details>\n<summary>"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "readerFindings", {"start":{"line":31,"column":11},"end":{"line":31,"column":27}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"findings"), "length", {"start":{"line":31,"column":33},"end":{"line":31,"column":48}} ), depth0)) != null ? stack1 : "")
    + ")</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"findingLines"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedFindings"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedFindings") || alias1(depth0, "omittedFindings", {"start":{"line":38,"column":3},"end":{"line":38,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedFindings","hash":{},"data":data,"loc":{"start":{"line":38,"column":1},"end":{"line":38,"column":20}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedFindings", {"start":{"line":38,"column":23},"end":{"line":38,"column":40}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedDetails") || alias1(depth0, "omittedDetails", {"start":{"line":50,"column":3},"end":{"line":50,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedDetails","hash":{},"data":data,"loc":{"start":{"line":50,"column":1},"end":{"line":50,"column":19}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedDetails", {"start":{"line":50,"column":22},"end":{"line":50,"column":38}} ), depth0)) != null ? stack1 : "")
    + "_\n\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":61,"column":4},"end":{"line":61,"column":13}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":61,"column":2},"end":{"line":61,"column":15}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"mdCode")||alias1(depth0, "mdCode", {"start":{"line":61,"column":20},"end":{"line":61,"column":26}} )).call(alias2,lookupProperty(depth0,"path"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":61,"column":18},"end":{"line":61,"column":33}}})) != null ? stack1 : "")
    + " | **"
    + ((stack1 = (((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":61,"column":40},"end":{"line":61,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":61,"column":38},"end":{"line":61,"column":53}}}) : helper))) != null ? stack1 : "")
    + "** | "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":61,"column":60},"end":{"line":61,"column":62}} )).call(alias2,lookupProperty(depth0,"source"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":61,"column":58},"end":{"line":61,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":61,"column":74},"end":{"line":61,"column":196}}})) != null ? stack1 : "")
    + " |\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":96},"end":{"line":61,"column":165}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":61,"column":115},"end":{"line":61,"column":117}} )).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":61,"column":113},"end":{"line":61,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":124},"end":{"line":61,"column":156}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":61,"column":175},"end":{"line":61,"column":187}} ), depth0)) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "reportDate", {"start":{"line":68,"column":20},"end":{"line":68,"column":32}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":68,"column":38},"end":{"line":68,"column":40}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reportDate"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":68,"column":36},"end":{"line":68,"column":53}}})) != null ? stack1 : "")
    + " · ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":7,"column":4},"end":{"line":7,"column":17}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":7,"column":23},"end":{"line":7,"column":25}} )).call(alias3,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":21},"end":{"line":7,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":42}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":42},"end":{"line":9,"column":83}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":83},"end":{"line":9,"column":140}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"points"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "byConsequence", {"start":{"line":19,"column":5},"end":{"line":19,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeRows"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedRows"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + "## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "changesPart", {"start":{"line":44,"column":5},"end":{"line":44,"column":18}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeDetails"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":48,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedDetails"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + "<details>\n<summary>"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "about", {"start":{"line":54,"column":11},"end":{"line":54,"column":18}} ), depth0)) != null ? stack1 : "")
    + "</summary>\n\n**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":56,"column":4},"end":{"line":56,"column":10}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":56,"column":18},"end":{"line":56,"column":27}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":56,"column":16},"end":{"line":56,"column":29}}}) : helper))) != null ? stack1 : "")
    + ". "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":56,"column":33},"end":{"line":56,"column":35}} )).call(alias3,lookupProperty(depth0,"formReason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":56,"column":31},"end":{"line":56,"column":48}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":58,"column":4},"end":{"line":58,"column":16}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceFile", {"start":{"line":58,"column":23},"end":{"line":58,"column":35}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":58,"column":42},"end":{"line":58,"column":56}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":58,"column":63},"end":{"line":58,"column":77}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":58,"column":84},"end":{"line":58,"column":99}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":62,"column":9}}})) != null ? stack1 : "")
    + "\n</details>\n\n---\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"reportDate"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":68,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":68,"column":65},"end":{"line":68,"column":78}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":68,"column":83},"end":{"line":68,"column":85}} )).call(alias3,lookupProperty(depth0,"tool"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":68,"column":81},"end":{"line":68,"column":92}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":68,"column":97},"end":{"line":68,"column":105}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":68,"column":110},"end":{"line":68,"column":123}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":68,"column":108},"end":{"line":68,"column":125}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/row.md.hbs": {key: "f300b558feb2fa5bc67f8093d753b14f012f5bf82d912400c6690784a23e0e29", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":58},"end":{"line":2,"column":60}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"citation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":56},"end":{"line":2,"column":71}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":7},"end":{"line":2,"column":9}} )).call(alias2,lookupProperty(depth0,"headline"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":5},"end":{"line":2,"column":20}}})) != null ? stack1 : "")
    + "** — "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":27},"end":{"line":2,"column":29}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":40}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"more"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":40},"end":{"line":2,"column":80}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/finding.md.hbs": {key: "c146e14637944984227201904c012fde7f4a3e330e2ea2f438702896687dbc0a", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":42},"end":{"line":2,"column":110}}})) != null ? stack1 : "")
    + ")";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":61},"end":{"line":2,"column":63}} )).call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":59},"end":{"line":2,"column":71}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":71},"end":{"line":2,"column":101}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ", ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":6},"end":{"line":2,"column":8}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":16}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":18},"end":{"line":2,"column":118}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":122},"end":{"line":2,"column":124}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":120},"end":{"line":2,"column":134}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/details.md.hbs": {key: "ce542b0449a7e369e99bb5a0bb41a9a89368ef1fa81e515e9bd15e885f3d08d5", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":10,"column":4},"end":{"line":10,"column":6}} )).call(alias2,lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":15}}})) != null ? stack1 : "")
    + " _("
    + ((stack1 = (((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":10,"column":20},"end":{"line":10,"column":29}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":10,"column":18},"end":{"line":10,"column":31}}}) : helper))) != null ? stack1 : "")
    + ")_\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":13,"column":4},"end":{"line":13,"column":20}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":13,"column":25},"end":{"line":13,"column":27}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"from"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":23},"end":{"line":13,"column":39}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveTo", {"start":{"line":13,"column":42},"end":{"line":13,"column":56}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":13,"column":61},"end":{"line":13,"column":63}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"to"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":59},"end":{"line":13,"column":73}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "consequential", {"start":{"line":16,"column":4},"end":{"line":16,"column":25}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":16,"column":31},"end":{"line":16,"column":33}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"folded"),"line"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":29},"end":{"line":16,"column":47}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":19,"column":4},"end":{"line":19,"column":23}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":19,"column":29},"end":{"line":19,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"instruction"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":27},"end":{"line":19,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":20},"end":{"line":25,"column":14}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":39},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> "
    + ((stack1 = (lookupProperty(helpers,"mdWords")||container.strict(depth0, "mdWords", {"start":{"line":23,"column":4},"end":{"line":23,"column":11}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"words"),{"name":"mdWords","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":19}}})) != null ? stack1 : "")
    + "\n\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":23},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> <ins>"
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||container.strict(depth0, "mdHtml", {"start":{"line":27,"column":9},"end":{"line":27,"column":15}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":27,"column":7},"end":{"line":27,"column":30}}})) != null ? stack1 : "")
    + "</ins>\n\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":24},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> <del>"
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||container.strict(depth0, "mdHtml", {"start":{"line":31,"column":9},"end":{"line":31,"column":15}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":31,"column":7},"end":{"line":31,"column":29}}})) != null ? stack1 : "")
    + "</del>\n\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " _"
    + ((stack1 = container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":34,"column":46},"end":{"line":34,"column":61}} ), depth0)) != null ? stack1 : "")
    + "_";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":37,"column":4},"end":{"line":37,"column":10}} )).call(alias2,lookupProperty(lookupProperty(depth0,"reason"),"excerpt"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":37,"column":2},"end":{"line":37,"column":27}}})) != null ? stack1 : "")
    + "\n>\n> — "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":39,"column":6},"end":{"line":39,"column":8}} )).call(alias2,lookupProperty(lookupProperty(depth0,"reason"),"documentLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":4},"end":{"line":39,"column":31}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":39,"column":34},"end":{"line":39,"column":36}} )).call(alias2,lookupProperty(lookupProperty(depth0,"reason"),"where"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":32},"end":{"line":39,"column":51}}})) != null ? stack1 : "")
    + "\n\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":43,"column":6},"end":{"line":43,"column":8}} )).call(alias2,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":43,"column":4},"end":{"line":43,"column":16}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":43,"column":22},"end":{"line":43,"column":24}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":43,"column":20},"end":{"line":43,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details id=\""
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":4,"column":15},"end":{"line":4,"column":21}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":4,"column":13},"end":{"line":4,"column":26}}})) != null ? stack1 : "")
    + "\">\n<summary>"
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":5,"column":11},"end":{"line":5,"column":17}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":28}}})) != null ? stack1 : "")
    + "</summary>\n\n**"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":7,"column":4},"end":{"line":7,"column":6}} )).call(alias2,lookupProperty(depth0,"headline"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"folded"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"words"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":25,"column":21}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(depth0,"currentText"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":29,"column":18}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(depth0,"proposedText"),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":33,"column":18}}})) != null ? stack1 : "")
    + "\n**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":34,"column":4},"end":{"line":34,"column":19}} ), depth0)) != null ? stack1 : "")
    + ":**"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(depth0,"reason"),{"name":"unless","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":24},"end":{"line":34,"column":75}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":44,"column":9}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"useData":true}},
  "md/answer.md.hbs": {key: "ceda15d1aee083e696a7493f30c4133a4cc2907e64af050b75599f4338c29083", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":5,"column":20},"end":{"line":5,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"regulation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":18},"end":{"line":5,"column":35}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":5,"column":63},"end":{"line":5,"column":65}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ministry"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":61},"end":{"line":5,"column":76}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":5,"column":103},"end":{"line":5,"column":105}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":101},"end":{"line":5,"column":113}}})) != null ? stack1 : "")
    + ": **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":5,"column":119},"end":{"line":5,"column":121}} )).call(alias2,lookupProperty(depth0,"value"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":117},"end":{"line":5,"column":129}}})) != null ? stack1 : "")
    + "**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":18,"column":5},"end":{"line":18,"column":7}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":3},"end":{"line":18,"column":18}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":18,"column":22},"end":{"line":18,"column":24}} )).call(alias2,lookupProperty(depth0,"headline"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":20},"end":{"line":18,"column":35}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "_"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "answerYours", {"start":{"line":29,"column":3},"end":{"line":29,"column":22}} ), depth0)) != null ? stack1 : "")
    + ":_\n\n\n\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "answerReasoning", {"start":{"line":21,"column":4},"end":{"line":21,"column":27}} ), depth0)) != null ? stack1 : "")
    + "** ("
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":21,"column":35},"end":{"line":21,"column":37}} )).call(alias2,lookupProperty(lookupProperty(depth0,"reason"),"where"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":21,"column":33},"end":{"line":21,"column":52}}})) != null ? stack1 : "")
    + "):\n\n> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":23,"column":4},"end":{"line":23,"column":10}} )).call(alias2,lookupProperty(lookupProperty(depth0,"reason"),"excerpt"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":27}}})) != null ? stack1 : "")
    + "\n\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "answerNoReasoning", {"start":{"line":26,"column":3},"end":{"line":26,"column":28}} ), depth0)) != null ? stack1 : "")
    + "_\n\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "reportDate", {"start":{"line":36,"column":20},"end":{"line":36,"column":32}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":36,"column":38},"end":{"line":36,"column":40}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reportDate"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":36,"column":36},"end":{"line":36,"column":53}}})) != null ? stack1 : "")
    + " · ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "answerTitle", {"start":{"line":3,"column":4},"end":{"line":3,"column":17}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":3,"column":23},"end":{"line":3,"column":25}} )).call(alias3,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":21},"end":{"line":3,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":42}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":42},"end":{"line":5,"column":83}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":83},"end":{"line":5,"column":140}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "answerIntro", {"start":{"line":7,"column":2},"end":{"line":7,"column":15}} ), depth0)) != null ? stack1 : "")
    + "\n\n**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "answerBy", {"start":{"line":9,"column":4},"end":{"line":9,"column":14}} ), depth0)) != null ? stack1 : "")
    + ":**\n\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "answerGeneral", {"start":{"line":11,"column":5},"end":{"line":11,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n\n_"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "answerYours", {"start":{"line":13,"column":3},"end":{"line":13,"column":16}} ), depth0)) != null ? stack1 : "")
    + ":_\n\n\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "---\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"reportDate"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":36,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":36,"column":65},"end":{"line":36,"column":78}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":36,"column":83},"end":{"line":36,"column":85}} )).call(alias3,lookupProperty(depth0,"tool"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":36,"column":81},"end":{"line":36,"column":92}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/consolidated.md.hbs": {key: "e310425f699ab9e3e179a4e4c1813048059ade64e74d2f3b550f229bc47b42dc", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"chapter"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"section"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":7,"column":5},"end":{"line":7,"column":7}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"chapter"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":11,"column":6},"end":{"line":11,"column":8}} )).call(alias1,lookupProperty(lookupProperty(depth0,"section"),"heading"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"section"),"paragraphs"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"label"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":67}}})) != null ? stack1 : "")
    + "\n\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":15},"end":{"line":14,"column":17}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":13},"end":{"line":14,"column":25}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":28},"end":{"line":14,"column":30}} )).call(alias2,lookupProperty(depth0,"text"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":26},"end":{"line":14,"column":37}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"mdLine")||container.strict(depth0, "mdLine", {"start":{"line":14,"column":47},"end":{"line":14,"column":53}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":14,"column":45},"end":{"line":14,"column":60}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":3,"column":4},"end":{"line":3,"column":6}} )).call(alias1,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":14}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"entries"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "");
},"useData":true}}
}
